first, *rest = [1, 2, 3]
[a, (b, *c)] = 1, (2, 3)
*x, = range(3)
for i, *j in []: pass
