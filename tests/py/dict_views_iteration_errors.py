# dict: iterating views while mutating raises; views keep working after mutation; view of empty dict
d = {'a': 1, 'b': 2, 'c': 3}
for view in (d.keys(), d.values(), d.items()):
    try:
        for _ in view:
            d['new'] = 0
    except RuntimeError as e:
        print(type(view).__name__, 'RuntimeError', e)
    d.pop('new', None)
print(d)
ks = d.keys()
d.clear()
print(ks, len(ks), list(ks), 'a' in ks)
d['z'] = 26
print(ks, d.items(), d.values())
vi = iter(d.values())
d['y'] = 25
try:
    next(vi)
except RuntimeError as e:
    print('RuntimeError', e)
d2 = {'k': 1}
it = iter(d2)
d2['k'] = 2
print(next(it), d2)
