# dict: subclasses with __missing__, get() not calling __missing__, and overriding __getitem__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] = c[ch] + 1
print(c, c['zz'], c.get('zz'), 'zz' in c, type(c).__name__)
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a['x']['y']['z'] = 1
print(a)
class Raise(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + repr(key))
try:
    Raise()['k']
except KeyError as e:
    print('KeyError', e)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper(A=1)
print(u['a'], u.get('a'), dict(u), repr(u))
class D(dict):
    pass
dd = D(a=1)
dd.attr = 'ok'
print(dd, dd.attr, isinstance(dd, dict), D.fromkeys('ab'), type(D.fromkeys('ab')).__name__, type(dd.copy()).__name__)
