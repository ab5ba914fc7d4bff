# A weakref to an object in a garbage cycle is cleared when the cycle is collected.
import gc, weakref
class C: pass
gc.disable()
c = C()
c.self_ref = c
r = weakref.ref(c, lambda ref: print('weakref callback fired'))
del c
print('before collect:', r() is not None)
gc.collect()
print('after collect:', r())
gc.enable()
