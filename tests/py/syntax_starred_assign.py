# Starred assignment targets: first/middle/last, nested, with strings and iterators.
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 'xy'
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
*x, = iter([7, 8])
print(x)
first, *_, last = 'python'
print(first, _, last)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
