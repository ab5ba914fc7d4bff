# Set and dict comprehensions, duplicate keys, ordering of dict comprehension.
print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({c: i for i, c in enumerate('hello')})
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print({(i, j): i * j for i in range(2) for j in range(2) if i <= j})
print(type({x for x in ''}).__name__, type({x: 1 for x in ''}).__name__)
