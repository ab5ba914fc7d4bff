# Argument evaluation order: left to right, positional then keyword as written.
def v(x):
    print('eval', x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), k1=v(3), *[v(4)], k2=v(5), **{'k3': v(6)}))
def g():
    print('callee expression')
    return f
print(g()(v('arg')))
