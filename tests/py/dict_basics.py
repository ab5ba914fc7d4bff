# dict: creation forms, insertion order, update keeps position, delete then reinsert moves to end
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
del d['b']
d['b'] = 20
print(d)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, z=0), dict(zip('ab', range(2))), dict())
print({}, {1: 'one', 'two': 2, (3,): [3], None: None, 2.5: 1j})
print({x: x * x for x in range(4)}, dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
d2 = {1: 'a', 1.0: 'b', True: 'c'}
print(d2, len(d2))
print('a' in d, 'zz' in d, 1 in d2, 2 not in d2, d['a'], d.get('zz'), d.get('zz', 'dflt'))
e = dict(d)
e['new'] = 1
print(len(d), len(e), e == d, d == {'c': 3, 'a': 2, 'b': 20}, d != e)
