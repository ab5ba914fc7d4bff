# exec returns None; eval of expressions; exec with code using locals dict.
print(exec('1 + 1'))
print(eval('(lambda: 41 + 1)()'))
loc = {'n': 3}
exec('m = n * 2', {}, loc)
print(sorted(loc.items()))
code = compile('result = [i * i for i in range(n)]', '<c>', 'exec')
g = {'n': 4}
exec(code, g)
print(g['result'])
print(eval(compile('n + 1', '<e>', 'eval'), {'n': 9}))
try:
    eval(code)
except NameError as e:
    print(type(e).__name__, e)
