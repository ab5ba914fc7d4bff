# slice: how a[x], a[x:y], a[x:y:z], a[x, y] reach __getitem__ (slice objects and tuples)
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
s = Show()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[::-1], s[1:], s[:2])
print(s[1, 2], s[1:2, 3], s[..., 1], s['a':'b'], s[None:None])
s[1:3] = 'x'
s[::2] = 'y'
del s[4:]
del s[1, 2:3]
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][Idx():], [0, 1, 2, 3, 4][:Idx()], 'hello'[Idx()::Idx()])
