# import inside a function binds a local name; the module stays cached globally.
import sys
def f():
    import pkg_err.counter as c
    return c.loads
print(f(), 'c' in globals(), 'pkg_err.counter' in sys.modules)
def g():
    from pkg_star import public
    return public
print(g())
class K:
    import pkg_star
print(K.pkg_star.public)
