# weakref.finalize (once; detach/peek; atexit order), WeakMethod, ref callbacks, proxies.
# weakref.finalize: called once (when the object dies, when called, or at exit), detach/peek,
# atexit ordering; WeakMethod; callbacks and ref/proxy behaviour.
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def method(self): return 'method of %d' % self.n
def report(*args, **kw):
    print('finalizer', args, sorted(kw.items()))
    return 'result'
a = Obj(1)
f = weakref.finalize(a, report, 1, 2, key='v')
print(f.alive, f.atexit, f.peek()[1:] == (report, (1, 2), {'key': 'v'}))
print(f(), f.alive, f(), f.peek())
b = Obj(2)
f = weakref.finalize(b, report, 'b')
del b
print('after del b', f.alive)
c = Obj(3)
f = weakref.finalize(c, report, 'c')
obj, func, args, kwargs = f.detach()
print(obj is c, func is report, args, kwargs, f.alive, f.detach())
del obj
d = Obj(4)
fd = weakref.finalize(d, report, 'd at exit (second)')
e = Obj(5)
fe = weakref.finalize(e, report, 'e at exit (first)')
g = Obj(6)
fg = weakref.finalize(g, report, 'never')
fg.atexit = False
print(fg.atexit, fd.atexit)
# a finalizer on an object in a cycle runs when the cycle is collected
cyc = Obj(7)
cyc.me = cyc
weakref.finalize(cyc, report, 'cycle')
del cyc
gc.collect()
print('collected')
try:
    weakref.finalize(1, report)
except TypeError as exc:
    print('TypeError', exc)

# WeakMethod
o = Obj(8)
wm = weakref.WeakMethod(o.method, lambda r: print('method callback', r() is None))
print(wm()(), wm == weakref.WeakMethod(o.method), hash(wm) == hash(weakref.WeakMethod(o.method)))
del o
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as exc:
    print('TypeError', exc)

# callbacks: newest first; a dead ref is still equal to itself
p = Obj(9)
r1 = weakref.ref(p, lambda r: print('callback 1'))
r2 = weakref.ref(p, lambda r: print('callback 2'))
r3 = weakref.ref(p)
print(r3 is weakref.ref(p), weakref.getweakrefcount(p), len(weakref.getweakrefs(p)))
print(r1.__callback__ is not None, r3.__callback__)
del p
print(r1(), r1 == r1, r1 == r2, weakref.getweakrefcount(r1))
# proxies
q = Obj(10)
px = weakref.proxy(q)
print(px.n, px.method(), type(px).__name__, isinstance(px, weakref.ProxyTypes))
cp = weakref.proxy(report)
print(type(cp).__name__)
del q
try:
    px.n
except ReferenceError as exc:
    print('ReferenceError', exc)
print('end')
