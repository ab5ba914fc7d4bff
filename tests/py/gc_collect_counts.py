# gc.collect() returns the number of unreachable objects it freed (CPython 3.11's counts for
# common cycles: an instance's attributes are not a separate object, resurrected ones do not count).
import gc, weakref
gc.disable()
gc.collect()
class A: pass
a, b = A(), A()
a.o, b.o = b, a
del a, b
print('two instances', gc.collect())
a = A(); a.d = {'x': a}; del a
print('instance and dict', gc.collect())
a = A(); a.l = [a]; del a
print('instance and list', gc.collect())
l = []; l.append(l); del l
print('self-referencing list', gc.collect())
saved = []
class R:
    def __del__(self): saved.append(self)
r = R(); r.me = r; del r
print('resurrected', gc.collect(), len(saved))
saved.clear()
print('after release', gc.collect())
a = A(); a.me = a; w = weakref.ref(a, lambda r: print('callback')); del a
print('with weakref and callback', gc.collect())
a = A(); a.me = a; w = weakref.ref(a); del a
print('with weakref', gc.collect(), w())
def f(): pass
f.me = f; del f
print('function', gc.collect())
class S:
    __slots__ = ('o',)
s = S(); s.o = s; del s
print('slots', gc.collect())
nodes = [A() for i in range(10)]
for i in range(10):
    nodes[i].next = nodes[(i + 1) % 10]
del nodes
print('ring of ten', gc.collect())
print('nothing left', gc.collect())
