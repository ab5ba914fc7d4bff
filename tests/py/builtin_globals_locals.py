# builtin_globals_locals: globals() is the module dict (writable), locals() in functions is a snapshot
g = globals()
print(type(g).__name__, g is globals(), '__name__' in g, g['__name__'])
g['created_via_globals'] = 'yes'
print(created_via_globals)
def f(a, b=2):
    c = a + b
    snap = locals()
    return sorted(snap.items())
print(f(1))
def g2():
    x = 1
    l = locals()
    x = 2
    return l['x'], locals()['x']
print(g2())
def h():
    y = 1
    locals()['y'] = 99
    return y
print(h())
print(locals() is globals())
class K:
    p = 1
    q = p + 1
    names = sorted(n for n in locals() if not n.startswith('__'))
print(K.names)
def outer():
    v = 'outer'
    def inner():
        return sorted(locals())
    def inner2():
        return v, sorted(locals())
    return inner(), inner2()
print(outer())
