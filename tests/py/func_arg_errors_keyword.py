# TypeError messages for keyword argument problems.
def f(x, y=2): pass
def g(*, a, b, c): pass
def h(**kw): pass
def run(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
run(f, 1, z=3)
run(f, 1, x=2)
run(f, y=1)
run(g)
run(g, a=1)
run(g, a=1, b=2)
run(g, a=1, b=2, c=3, d=4)
run(h, 1)
run(f, 1, **{'y': 2, 'w': 3})
class A:
    def m(self, v): pass
run(A().m)
run(A().m, 1, 2)
run(A().m, 1, v=2)
