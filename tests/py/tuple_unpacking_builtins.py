# tuple: tuples produced by builtins (divmod, dict.items, enumerate, zip, partition) and unpacking them
q, r = divmod(17, 5)
print(q, r)
for k, v in {'a': 1}.items():
    print(k, v)
for i, (x, y) in enumerate(zip('ab', 'cd')):
    print(i, x, y)
head, sep, tail = 'k=v'.partition('=')
print(head, sep, tail)
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), [3]
print(x, y, z)
first, *_ = 'xyz'
print(first, _)
t = tuple(map(str, (1, 2)))
print(t, type(t).__name__, tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))))
print(max((1, 'b'), (1, 'a')), min([(2, 0), (1, 9)]), sum((1, 2, 3)), (1, 2) + tuple('ab'))
