# deque against a list model: a deterministic mix of appends, pops at both ends, indexing, rotation
from collections import deque
d = deque(); ref = []
ops = 0
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for step in range(5000):
    op = rnd(9)
    if op == 0: d.append(step); ref.append(step)
    elif op == 1: d.appendleft(step); ref.insert(0, step)
    elif op == 2 and ref: assert d.pop() == ref.pop()
    elif op in (3, 7, 8) and ref: assert d.popleft() == ref.pop(0)
    elif op == 4 and ref: i = rnd(len(ref)); assert d[i] == ref[i]; d[i] = -step; ref[i] = -step
    elif op == 5: n = rnd(5) - 2; d.rotate(n); ref[:] = (ref[-n:] + ref[:-n]) if ref and n % len(ref) else ref
    elif op == 6: assert list(d) == ref and len(d) == len(ref) and bool(d) == bool(ref)
    if op in (7,8): d.append(step); ref.append(step)
assert list(d) == ref, (list(d), ref)
m = deque(maxlen=3)
for i in range(10):
    m.append(i); m.popleft() if i % 4 == 0 else None
print(m, list(reversed(m)), m == deque([7, 8, 9]), d.index(ref[-1]) == len(ref) - 1)
print('ok', len(d))
