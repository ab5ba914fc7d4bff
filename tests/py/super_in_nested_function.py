# super() without arguments needs the first argument of the enclosing method; errors when missing (3.11: also in comprehensions).
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'
    def g(self):
        return [super().f() for _ in range(1)]
    def h(*args):
        return super().f()
for name in ['f', 'g', 'h']:
    try:
        print(name, getattr(B(), name)())
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
class C(A):
    def f():
        return super().f()
try:
    C.f()
except RuntimeError as e:
    print(type(e).__name__, e)
