# UserDict, UserList, UserString subclassing
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, d.get('b'), list(d.keys()), d == {'a': 1, 'b': 2, 'c': 3})
print(d.pop('a'), d, d.setdefault('z', 0), d.copy(), type(d.copy()).__name__)

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
try:
    UserDict()['x']
except KeyError as e:
    print('KeyError', e)

l = UserList([3, 1, 2])
l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2)
l.extend(UserList([7])); l.insert(0, -1); print(l, l.pop(), l.index(2), l.count(1), len(l))
l.reverse(); print(l, l == [3, 2, 1, 0, -1], l > [0])
l += [5]; print(l)

s = UserString('Hello')
print(s, repr(s), s.upper(), s.lower(), s[1:3], s + '!', len(s), 'ell' in s, s * 2)
print(type(s.upper()).__name__, s.split('l'), s.replace('l', 'L'), s.center(9, '*'), s == 'Hello')
print(s.startswith('He'), s.find('l'), s.isalpha(), s.zfill(8), sorted([UserString('b'), UserString('a')]))
