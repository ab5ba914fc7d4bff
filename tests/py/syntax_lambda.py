# Lambda forms: defaults, varargs, keyword-only, closures, immediate call.
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, x=3))
ko = lambda *, key: key * 2
print(ko(key=4))
po = lambda a, /, b: (a, b)
print(po(1, b=2))
print((lambda: 'no args')())
print((lambda x: lambda y: x + y)(3)(4))
print(add.__name__, (lambda: 0).__qualname__)
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
