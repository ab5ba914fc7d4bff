# range: equal ranges hash equal and work as dict keys; iteration protocol and attributes
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
d = {range(3): 'r3'}
print(d[range(0, 3, 1)], range(3) in d, range(1, 4) in d)
it = iter(range(3))
print(type(it).__name__, next(it), next(it), next(it), next(it, 'end'))
print(range(3).__class__.__name__, type(range(3)).__name__, isinstance(range(1), range))
print(list(zip(range(3), range(10, 13))), dict(enumerate(range(5, 8))))
r = range(1, 10, 3)
a, b, c = r
print(a, b, c, [*r], (*range(2),))
