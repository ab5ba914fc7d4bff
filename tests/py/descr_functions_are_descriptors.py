# Functions implement __get__; calling it by hand produces bound methods.
def f(self, x): return (type(self).__name__, x)
class A: pass
a = A()
bound = f.__get__(a, A)
print(bound(1), type(bound).__name__, bound.__self__ is a)
print(f.__get__(None, A) is f)
A.g = f
print(a.g(2))
print(hasattr(f, '__set__'), hasattr(f, '__get__'))
class Callable:
    def __call__(self, *a): return ('Callable called', len(a))
A.c = Callable()
print(a.c(1))
