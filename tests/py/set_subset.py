# set: subset/superset/disjoint comparisons with operators and methods, equality with frozenset
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == a, b < a)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset(range(2)), a.isdisjoint({3}), a.isdisjoint([2]))
print({1, 2} == frozenset({1, 2}), set() == frozenset(), {1} != {1.0}, set() < {0})
print({1, 3} < {1, 2}, {1, 3} > {1, 2}, {1, 3} == {1, 2})
try:
    a < [1, 2, 3]
except TypeError as e:
    print('TypeError', e)
try:
    a.issubset(5)
except TypeError as e:
    print('TypeError', e)
print(sorted([{3}, {1, 2}, {1}], key=len), max({1, 2}, {2, 3}))
