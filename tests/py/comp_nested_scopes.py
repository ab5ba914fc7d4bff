# Nested comprehensions referencing outer comprehension variables and enclosing function locals.
def f(n):
    base = 100
    return [[base + i * 10 + j for j in range(i)] for i in range(n)]
print(f(4))
print([[(i, j) for j in range(2)] for i in range(2)])
words = ['ab', 'cd']
print({w: [c * i for i, c in enumerate(w, 1)] for w in words})
print([x for x in [y for y in range(6) if y % 2] if x > 1])
print(sum(sum(r) for r in [[1, 2], [3]]))
