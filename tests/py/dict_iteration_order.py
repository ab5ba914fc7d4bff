# dict: iteration order after deletes/reinserts/updates, and views/reversed reflecting that order
d = dict.fromkeys('abcdef', 0)
del d['b']
del d['e']
d['b'] = 1
d['a'] = 2
d.update({'z': 3, 'c': 4})
print(list(d), list(d.values()), list(reversed(d)))
d.pop('a')
d.setdefault('a', 5)
print(d)
e = {}
for i in range(20):
    e[i] = i
for i in range(0, 20, 2):
    del e[i]
for i in range(0, 6):
    e[i * 100] = i
print(list(e))
print({**{'x': 1, 'y': 2}, 'x': 3}, dict([('k', 1), ('j', 2), ('k', 3)]))
print(list({3: 'c', 1: 'a', 2: 'b'}.items()), sorted({3: 'c', 1: 'a', 2: 'b'}.items()))
