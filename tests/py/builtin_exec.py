# builtin_exec: exec() with separate globals/locals, function definitions, returns None, errors
g = {}
r = exec('a = 1\nb = a + 1\ndef f(x):\n    return x + b\n', g)
print(r, g['a'], g['b'], g['f'](10), sorted(k for k in g if k != '__builtins__'))
g2 = {'n': 5}
l2 = {}
exec('m = n * 2', g2, l2)
print(l2, 'm' in g2)
exec('for i in range(3):\n    total = total + i if "total" in dir() else i', g2, l2)
print(l2['total'])
ns = {}
exec('''
class K:
    v = 7
    def get(self):
        return self.v
result = K().get()
''', ns)
print(ns['result'], ns['K'].__name__, ns['K'].__module__)
for src in ['1 +', 'raise ValueError("inside exec")', 'undefined_thing', 'return 5']:
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec('x = 1', [])
except TypeError as e:
    print('TypeError', e)
x = 'module level'
def func():
    exec('x = "changed in exec"')
    return x
print(func(), x)
exec('print("exec print", 1 + 1)')
