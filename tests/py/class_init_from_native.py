# cls(...) with a Python __init__ called from coroutine natives (class statement's metaclass, map, sorted key)
class M(type):
    def __init__(cls, name, bases, dct):
        print("init", name)
        super().__init__(name, bases, dct)
class B(metaclass=M):
    pass
class S(B):
    pass
print(type(S).__name__, S.__name__, S.__mro__[1].__name__)

class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'P(%r)' % self.v
print(list(map(P, [1, 2])))
print(sorted([3, 1], key=P.__init__.__class__ and (lambda v: v)))
class Bad:
    def __init__(self, v):
        return 5
try:
    print(list(map(Bad, [1])))
except TypeError as e:
    print(type(e).__name__, e)
class BadMeta(type):
    def __init__(cls, *args):
        return 1
try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
