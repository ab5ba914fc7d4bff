# Instances with __slots__ need '__weakref__' to be weakly referenceable.
import weakref
class NoWeak:
    __slots__ = ('v',)
class Weak:
    __slots__ = ('v', '__weakref__')
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
w = Weak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
