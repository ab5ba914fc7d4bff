# builtin_getattr: getattr with default, attribute errors messages for instances, classes, modules
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    a = 1
    def m(self):
        return 'method result'
o = C()
t(lambda: getattr(o, 'a'))
t(lambda: getattr(o, 'zz', 'default'))
t(lambda: getattr(o, 'zz', None))
t(lambda: getattr(o, 'm')())
t(lambda: getattr(o, 'zz'))
t(lambda: getattr(C, 'zz'))
t(lambda: getattr(1, 'zz'))
t(lambda: getattr(sys, 'zz'))
t(lambda: getattr(None, 'zz'))
t(lambda: getattr('s', 'upper')())
t(lambda: getattr(o, '__class__').__name__)
t(lambda: getattr(o))
t(lambda: getattr(o, 'a', 1, 2))
class G:
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        raise AttributeError(name)
t(lambda: getattr(G(), 'dyn'))
t(lambda: getattr(G(), 'nope', 'fallback'))
t(lambda: getattr(G(), 'nope'))
class V:
    def __getattr__(self, name):
        raise ValueError('not an AttributeError')
t(lambda: getattr(V(), 'x', 'default ignored?'))
