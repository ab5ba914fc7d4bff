# bool: True/False collide with 1/0 in dicts/sets/lists, counting, indexing with bools, sorting
d = {0: 'zero', 1: 'one'}
d[False] = 'false'
d[True] = 'true'
print(d, d[0], d[1.0])
print({True, 1, 1.0}, {False, 0, 0.0, -0.0}, [1, True, 1.0].count(True), [0, False].index(False))
print(['a', 'b'][True], ['a', 'b'][False], 'xyz'[True:], (10, 20)[-True])
print(sorted([True, 0, False, 1, -1, 2]), max([True, 1]), min([False, 0]), sum([True] * 5))
print(True in [1], 1 in {True: 'x'}, 'True' == str(True), repr([True, False]))
counts = {}
for v in [1, True, 1.0, 0, False]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(list(filter(bool, [0, 1, '', 'a', None, [], [0]])), any([False, 0]), all([True, 1]))
