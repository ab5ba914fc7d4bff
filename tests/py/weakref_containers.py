# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries go when their referents die.
import weakref
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Obj(%d)' % self.n
objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()), sorted(v.n for v in wvd.values()))
del objs[0]
print(len(wvd), 0 in wvd, 1 in wvd, wvd.get(0), wvd.get(1))
try:
    wvd[0]
except KeyError as e:
    print('KeyError', e)
print(wvd.pop(1), len(wvd), wvd.pop(1, 'default'))
print(wvd.setdefault(2, None), sorted(wvd.items()))
k, v = wvd.popitem()
print(k == v.n, len(wvd))
c = wvd.copy()
print(type(c).__name__, len(c), repr(wvd).startswith('<WeakValueDictionary at 0x'))
print(len(wvd.valuerefs()), all(isinstance(r, weakref.ref) for r in wvd.itervaluerefs()))
wvd.clear()
print(len(wvd))
try:
    weakref.WeakValueDictionary().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    wvd['x'] = 5
except TypeError as e:
    print('TypeError', e)
# iterating while entries die
objs = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((o.n, o) for o in objs)
seen = []
for key in wvd:
    seen.append(key)
    if key == 1:
        del objs[3:]
print(sorted(seen) == sorted(set(seen)), len(wvd))

# WeakKeyDictionary
a, b = Obj(1), Obj(2)
wkd = weakref.WeakKeyDictionary({a: 'a'})
wkd[b] = 'b'
print(len(wkd), wkd[a], a in wkd, 5 in wkd, sorted(wkd.values()))
del a
print(len(wkd), list(wkd.keys()), list(wkd.items()))
print(wkd.get(b), wkd.setdefault(b, 'x'), wkd.pop(b), len(wkd))
print(len(wkd.keyrefs()), repr(wkd).startswith('<WeakKeyDictionary at 0x'))
try:
    wkd[1] = 2
except TypeError as e:
    print('TypeError', e)

# WeakSet
x, y, z = Obj(1), Obj(2), Obj(3)
ws = weakref.WeakSet([x, y])
ws.add(z)
print(len(ws), x in ws, 1 in ws, sorted(o.n for o in ws))
del y
print(len(ws), sorted(o.n for o in ws))
ws.discard(x)
ws.remove(z)
print(len(ws))
try:
    ws.remove(z)
except KeyError:
    print('KeyError on remove')
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
s1, s2 = weakref.WeakSet([x, z]), weakref.WeakSet([z])
print(sorted(o.n for o in s1 - s2), sorted(o.n for o in s1 | s2), sorted(o.n for o in s1 & s2))
print(s2 <= s1, s1 <= s2, s2 < s1, s1 == weakref.WeakSet([z, x]), s1 == {x, z}, s1.isdisjoint(s2))
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int])
