# __getitem__/__setitem__/__delitem__ with ints, slices, tuples, and __missing__ for dict subclasses.
class Grid:
    def __init__(self): self.data = {}
    def __getitem__(self, key):
        print('get', key)
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
g = Grid()
g[1, 2] = 'a'
print(g[1, 2], g[0:3], g[::2])
g[1, 2] += 'b'
del g[1, 2]
class Default(dict):
    def __missing__(self, key):
        return f'missing {key}'
d = Default(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class NoSet:
    def __getitem__(self, k): return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoSet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
