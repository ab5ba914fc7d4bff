# Errors when instantiating: wrong __init__ args, __init__ returning a value, abstract-free cases.
class A:
    def __init__(self, x): self.x = x
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self): return 5
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
class C: pass
try:
    C(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __new__(cls, *a): return super().__new__(cls)
print(type(D(1, 2)).__name__)
