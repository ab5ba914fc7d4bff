# List comprehensions: filters, multiple for clauses, nested expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc' if c != 'b'])
print([x if x % 2 else -x for x in range(5)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([v for row in m for v in row if v > 2])
print([i for i in []], [_ for _ in 'ab'])
