# Two-argument super(type, obj) and super(type, type); skipping classes in the MRO.
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
class C(B):
    def f(self): return 'C.f'
c = C()
print(super(C, c).f(), super(B, c).f())
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(C, C).f(c))
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
s = super(B, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
