# deque: appends/pops at both ends, maxlen, rotate, indexing, reprs and errors
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(5), d.index(5), 3 in d, 99 in d)
d.remove(5); print(d)
d.insert(1, 'x'); print(d)
d[0] = 'first'; del d[1]; print(d)
d.reverse(); print(d)
print(d == deque(list(d)), d != deque(), deque([1, 2]) < deque([1, 3]))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(0); print(b)
b.extend('ab'); print(b)
print(deque(), deque(maxlen=0), deque('abc', 2))
z = deque(maxlen=0); z.append(1); print(z)
c = d.copy(); c.clear(); print(c, d)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, bool(deque()), bool(deque([0])))
r = deque([1]); r.append(r); print(r)
print(deque([1, 2, 3], maxlen=5) * 3)
e = deque([1, 2]); e += [3, 4]; print(e)
print(type(d).__name__, deque.__module__, list(deque('hello')))

class Q(deque):
    pass
print(Q([1, 2]), Q([1], maxlen=4))

def errs():
    yield lambda: deque().pop()
    yield lambda: deque().popleft()
    yield lambda: deque([1])[5]
    yield lambda: deque([1])[-2]
    yield lambda: deque([1]).remove(2)
    yield lambda: deque([1]).index(2)
    yield lambda: deque([1], maxlen=1).insert(0, 2)
    yield lambda: deque([1], maxlen=-1)
    yield lambda: deque([1])['a']
    yield lambda: deque([1]) + [2]
for t in errs():
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
