# At exit: cycles are collected, then __main__ (kept alive only by its functions and classes)
# is collected too; its objects die in namespace order.
import weakref
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = N('a')
b = N('b')
_u = N('_u')
c1, c2 = N('c1'), N('c2')
c1.o, c2.o = c2, c1
del c1, c2
class Holder:
    def __init__(self): self.me = self
    def __del__(self): print('holder del')
h = Holder()
del h
z = N('z')
w = weakref.ref(z, lambda r: print('z callback'))
def f(): pass
f.n = N('in function')
print('end of program')
