# dict: lookups call __hash__ then __eq__ only on hash match; identity short-circuits __eq__
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print('  hash', self.name)
        return self.h
    def __eq__(self, other):
        print('  eq', self.name, other.name if isinstance(other, Key) else other)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%s)' % self.name
a = Key('a', 1)
b = Key('b', 1)
d = {}
print('insert a'); d[a] = 1
print('insert b'); d[b] = 2
print('lookup a (same object)'); print(d[a])
print('lookup equal copy of b'); print(d[Key('b', 1)])
print('lookup other hash'); print(Key('z', 99) in d)
print(d)
class BadHash:
    def __hash__(self):
        raise RuntimeError('hash failed')
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('RuntimeError', e)
try:
    BadHash() in {}
except RuntimeError as e:
    print('RuntimeError', e)
