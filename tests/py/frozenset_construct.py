# frozenset: construction from strings, dicts, generators, ranges, other sets; equality and sorted views
print(sorted(frozenset('hello')), sorted(frozenset({'k1': 1, 'k2': 2})), frozenset(x % 3 for x in range(10)))
print(frozenset(range(5)) == frozenset([4, 3, 2, 1, 0]), frozenset({1, 2}) == {2, 1}, frozenset() == set())
print(frozenset([1, 1.0, True]), len(frozenset([(1, 2), (1, 2), (2, 1)])), frozenset([frozenset()]))
fs = frozenset([3, 1, 2])
print(fs, sorted(fs), 2 in fs, len(fs), min(fs), max(fs), sum(fs))
print(fs.union(), fs.intersection({1, 5}), fs.difference(), fs.symmetric_difference(range(2, 5)))
print(frozenset.__name__, type(fs).__name__, isinstance(fs, frozenset), fs.__class__ is frozenset)
try:
    frozenset(5)
except TypeError as e:
    print('TypeError', e)
