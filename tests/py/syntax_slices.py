# Slice syntax forms and slice objects passed to __getitem__.
class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s[1:2], s[:], s[::], s[1:2:3], s[::-1])
print(s[1, 2], s[1:2, 3], s[..., 0], s[:, None])
print(s[()], s['a':'b'])
l = list(range(10))
print(l[2:8:2], l[-3:], l[:-7], l[::-3], l[100:], l[-100:2])
l[1:3] = ['a', 'b', 'c']
print(l)
l[::4] = [0, 0, 0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
