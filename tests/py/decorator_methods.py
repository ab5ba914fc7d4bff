# Decorators on methods: wrapper receives self; class-based decorator needs __get__ to bind.
def log(fn):
    def wrapper(self, *a):
        print('log', type(self).__name__, fn.__name__, a)
        return fn(self, *a)
    return wrapper
class A:
    @log
    def m(self, x):
        return x * 2
print(A().m(4))
class Deco:
    def __init__(self, fn): self.fn = fn
    def __call__(self, *a): return ('called', self.fn(*a))
class B:
    @Deco
    def m(self): return 'm'
try:
    B().m()
except TypeError as e:
    print(type(e).__name__, e)
print(B.m(B()))
class BoundDeco(Deco):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)
class C:
    @BoundDeco
    def m(self, y): return ('C.m', y)
print(C().m(1))
