# str: slicing with positive/negative indices and steps, out-of-range bounds, slice objects
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[::2], s[1::3])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1], s[2:8:-1] == '', s[5:5] == '')
print(s[100:], s[-100:3], s[3:100], s[100:-100:-1], s[-100:100:3])
print(s[None:None:None], s[slice(1, 4)], s[slice(None, None, -3)], s[slice(-2, None)])
print(repr(s[0:0]), repr(''[::-1]), repr('x'[1:]), repr('x'[-1:]))
u = 'a😀bé€c'
print(u[1], u[1:3], u[::-1], len(u), u[-2:], u[::2])
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    s['a':]
except TypeError as e:
    print('TypeError', e)
try:
    s[1.0:2]
except TypeError as e:
    print('TypeError', e)
print(s[True:3], s[10**20:], s[-10**20:2], s[:2**100:-1])
