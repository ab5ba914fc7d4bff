# dict: equality ignores order, 1/1.0/True collapse as one key, mixed hashable key types
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {} == {})
print({1: 'x'} == {True: 'x'}, {0: 'x'} == {0.0: 'x'}, {'a': [1]} == {'a': [1]})
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys())[0].__class__.__name__)
d = {True: 'bool'}
d[1] = 'int'
print(d)
mixed = {1: 'i', 'a': 's', (1, 2): 't', None: 'n', 2.5: 'f', frozenset({1}): 'fs', b'b': 'b', 3j: 'c', range(2): 'r'}
print(len(mixed), mixed[frozenset([1])], mixed[(1, 2)], mixed[range(0, 2)], mixed[2.5], mixed[None])
n = float('nan')
d = {n: 1}
d[float('nan')] = 2
print(len(d), d[n])
try:
    {'a': 1} < {'a': 2}
except TypeError as e:
    print('TypeError', e)
print(hash(1) == hash(1.0) == hash(True))
