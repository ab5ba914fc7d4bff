# Cycle collection with finalizers (PEP 442): __del__ of every cycle member runs once,
# weakref callbacks run before __del__, resurrected objects survive, generators are closed.
import gc, weakref
gc.disable()
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
# a cycle of three with __del__
a, b, c = N('a'), N('b'), N('c')
a.x, b.x, c.x = b, c, a
del a, b, c
print('collect')
n = gc.collect()
print('found >= 3:', n >= 3)
# weakref callbacks on cycle members run before __del__
class W:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
p, q = W('p'), W('q')
p.o, q.o = q, p
rp = weakref.ref(p, lambda r: print('callback p', r() is None))
rq = weakref.ref(q, lambda r: print('callback q', r() is None))
del p, q
gc.collect()
print(rp(), rq())
# resurrection: __del__ stores self somewhere; runs only once
saved = []
class R:
    def __del__(self):
        print('R.__del__')
        saved.append(self)
r = R()
r.me = r
del r
gc.collect()
print(len(saved), gc.is_finalized(saved[0]) if hasattr(gc, 'is_finalized') else None)
saved.clear()
print('cleared')
gc.collect()
print('after second collect')
# a weakref that is itself garbage does not call back
class Box: pass
bx = Box()
bx.self = bx
bx.w = weakref.ref(bx, lambda r: print('never'))
del bx
gc.collect()
print('no callback')
# a plain cycle without finalizers
l = []
l.append(l)
del l
print(gc.collect())
# generator in a cycle gets closed
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
gc.collect()
print('done')
