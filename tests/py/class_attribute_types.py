# What attribute access returns for functions, classmethods, staticmethods on class vs instance.
class A:
    def f(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
a = A()
print(type(A.f).__name__, type(a.f).__name__)
print(type(A.c).__name__, type(a.c).__name__)
print(type(A.s).__name__, type(a.s).__name__)
print(type(A.__dict__['f']).__name__)
print(A.f.__get__(a, A) == a.f, A.__dict__['s'].__get__(None, A) is A.s)
