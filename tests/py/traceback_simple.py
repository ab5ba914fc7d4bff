# Uncaught exception at module level: traceback with one frame.
print('before')
x = {'a': 1}
print(x['b'])
