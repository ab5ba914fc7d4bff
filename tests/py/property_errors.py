# Read-only property errors: no setter, no deleter, no getter (3.11 messages).
class A:
    @property
    def x(self): return 1
a = A()
try:
    a.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
class B:
    y = property(None, lambda self, v: None)
try:
    B().y
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    def _get(self): return 'c'
    z = property(_get)
try:
    C().z = 1
except AttributeError as e:
    print(type(e).__name__, e)
anon = property(lambda self: 1)
class D:
    pass
D.w = anon
try:
    D().w = 5
except AttributeError as e:
    print(type(e).__name__, e)
