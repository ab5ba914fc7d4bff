# **kwargs preserves keyword order; keyword argument names may be any identifier string via **.
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{'z': 1, 'y': 2}, x=3))
print(f(**{'not an identifier': 1, '1': 2}))
try:
    f(**{1: 'x'})
except TypeError as e:
    print(type(e).__name__, e)
def g(a, **kw):
    return a, kw
print(g(1, **{'b': 2}))
