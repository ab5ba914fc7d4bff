# Uncaught KeyError shows the repr of the key; a SystemExit-free exit code 1.
cache = {}
cache['x'] = 1
print(cache['x'])
print(cache['missing\nkey'])
