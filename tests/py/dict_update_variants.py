# dict: update() from dicts, pair iterables, keyword args, objects with keys(); insertion order effects
d = {'a': 1}
d.update({'b': 2}, c=3)
d.update([('d', 4), ['e', 5]])
d.update((('a', 10),))
d.update(f=6)
d.update()
print(d)
class KeysObj:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
d.update(KeysObj())
print(d)
print(dict(KeysObj()), dict({'q': 1}.items(), r=2), dict(zip('ab', 'cd'), b='override'))
for bad in [5, [1], ['abc'], [('k',)], {'a'}, [('a', 1, 2)]]:
    try:
        {}.update(bad)
        print('ok', bad)
    except Exception as e:
        print(type(e).__name__, e)
