# weakref.ref callbacks run when the referent dies; dead refs return None.
import weakref
class Obj:
    def __init__(self, n): self.n = n
def callback(ref):
    print('callback: referent died, ref() is', ref())
o = Obj(1)
r = weakref.ref(o, callback)
print(r() is o, r().n)
del o
print('after del, r() =', r())
o2 = Obj(2)
r2 = weakref.ref(o2)
r3 = weakref.ref(o2)
print(r2 is r3, r2 == r3)
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)
