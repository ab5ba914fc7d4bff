# list: repr of nested and self-referencing lists, and equality of recursive structures
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
x = {'k': a}
print(x)
print([[]], [[], [[]]], [None, ..., 'é', b'b', 1.0, -0.0, 2j])
class R:
    def __repr__(self):
        return 'R!'
print([R(), (R(),), {R()}], str([R()]))
a2 = [1, 2]
a2.append(a2)
try:
    print(a == a2)
except RecursionError as e:
    print('RecursionError', e)
print(a == a, a[2] is a)
