def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> None: pass
def g(*, x): pass
def h(a, /): pass
l = lambda a, /, b=1, *c, d, **e: 0
