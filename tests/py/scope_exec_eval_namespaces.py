# exec/eval with explicit globals and locals dictionaries.
g = {'a': 1}
exec('b = a + 1', g)
print(g['b'], '__builtins__' in g)
l = {}
exec('c = 5\nd = c * 2', {}, l)
print(sorted(l.items()))
print(eval('x * y', {'x': 3}, {'y': 4}))
print(eval('len("abc")', {}))
ns = {}
exec('def f():\n    return z\nz = 42', ns)
print(ns['f']())
try:
    eval('undefined', {})
except NameError as e:
    print(type(e).__name__, e)
print(eval('[k for k in range(3)]', {}, {}))
