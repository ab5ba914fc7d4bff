# weakref.getweakrefs and __weakref__ list an object's weak references in CPython's order: the
# shared ref, the shared proxy, then the references with callbacks, newest first.
import weakref
class A: pass
a = A()
print(a.__weakref__)
cb = lambda r: None
r1 = weakref.ref(a, cb); r2 = weakref.ref(a); p = weakref.proxy(a); r3 = weakref.ref(a, lambda r: None)
names = {id(r1): 'r1', id(r2): 'r2', id(p): 'p', id(r3): 'r3'}
print([names[id(x)] for x in weakref.getweakrefs(a)], names[id(a.__weakref__)])
print(weakref.proxy(a) is p, weakref.ref(a) is r2, weakref.ref(a, cb) is r1, weakref.getweakrefcount(a))
b = A(); s1 = weakref.ref(b, cb); s2 = weakref.ref(b, cb)
print(b.__weakref__ is s2, weakref.getweakrefs(b) == [s2, s1])
c = A()
order = []
w1 = weakref.ref(c, lambda r: order.append(1))
w2 = weakref.ref(c, lambda r: order.append(2))
w3 = weakref.ref(c, lambda r: order.append(3))
del c
print(order)
