# dict: keys/values/items views are live, their reprs, len, membership, reversed and set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'd' in k, 4 in v, ('d', 5) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(i & {('a', 1), ('b', 0)}), sorted(k & ['b', 'c']), k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'})
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), {'a': 1}.keys() == {'a': 2}.keys(), {'a': 1}.items() == {'a': 1}.items())
print(v == v, {'a': 1}.values() == {'a': 1}.values())
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__)
print(k.mapping if hasattr(k, 'mapping') else None)
try:
    k[0]
except TypeError as e:
    print('TypeError', e)
try:
    {'a': []}.items() | {1}
except TypeError as e:
    print('TypeError', e)
print({}.keys(), {}.items(), {1: {2: 3}}.values())
