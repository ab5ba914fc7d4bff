# classes with a Python __init__ called by coroutine natives (class statement's metaclass call, map, sorted key)
class M(type):
    def __init__(cls, name, bases, dct):
        print('M.__init__', name)
        super().__init__(name, bases, dct)

class B(metaclass=M):
    pass

class S(B):
    pass

print(B, S, type(S).__name__)

class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'P({self.v})'
    def __lt__(self, other):
        return self.v < other.v

print(list(map(P, [3, 1, 2])))
print(sorted([3, 1, 2], key=P))

class Bad:
    def __init__(self, v):
        return 5
try:
    list(map(Bad, [1]))
except TypeError as e:
    print(type(e).__name__, e)

class Fails:
    def __init__(self, v):
        raise ValueError(v)
try:
    list(map(Fails, [7]))
except ValueError as e:
    print(type(e).__name__, e)

class BadMeta(type):
    def __init__(cls, *args):
        return 1
try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
