# set: result types of operations mixing set and frozenset, comparisons, and copy behaviour
s = {1, 2, 3}
f = frozenset({2, 3, 4})
for name, r in [('s|f', s | f), ('f|s', f | s), ('s&f', s & f), ('f&s', f & s), ('s-f', s - f), ('f-s', f - s), ('s^f', s ^ f), ('f^s', f ^ s)]:
    print(name, type(r).__name__, sorted(r))
print(s.union(f).__class__.__name__, f.union(s).__class__.__name__, f.intersection([2]).__class__.__name__)
print(s == {1, 2, 3}, frozenset(s) == s, f < {1, 2, 3, 4}, s <= frozenset({1, 2, 3}))
print(f.copy() is f, s.copy() is s, frozenset(f) is f)
s |= f
print(type(s).__name__, sorted(s))
g = f
g |= s
print(type(g).__name__, sorted(g), g is f, sorted(f))
print(sorted({frozenset({1}), frozenset({1, 2})}, key=len))
