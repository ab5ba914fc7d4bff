# str: building strings by +=, join, repetition and slicing; immutability of the originals
parts = []
s = ''
for i in range(5):
    s += str(i) * i
    parts.append(chr(ord('a') + i))
print(repr(s), ''.join(parts), '-'.join(parts[::-1]))
a = 'abc'
b = a
a += 'd'
print(a, b, a is b)
t = 'x' * 3 + 'y' * 2
print(t, t.count('x'), t[2:4])
lines = ['%d: %s' % (n, w) for n, w in enumerate(['zero', 'one', 'two'])]
print('\n'.join(lines))
table = '\n'.join('|'.join(str(r * c).rjust(3) for c in range(1, 5)) for r in range(1, 4))
print(table)
print(str.__add__('p', 'q') + 'r', ''.join(map(str, [1, 2.5, None, True])))
