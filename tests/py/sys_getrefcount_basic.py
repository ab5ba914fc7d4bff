# sys.getrefcount counts the reference held by the call's argument, as CPython does.
import sys
class A: pass
a = A()
print(sys.getrefcount(a))
def f():
    b = A()
    print(sys.getrefcount(b))
    l = [b, b]
    print(sys.getrefcount(b))
    del l
    print(sys.getrefcount(b))
f()
print(sys.getrefcount(A()))
