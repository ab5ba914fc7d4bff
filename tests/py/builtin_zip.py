# builtin_zip: zip of several iterables (shortest wins), strict=True errors, laziness, unzip idiom
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(zip('abc', [1, 2, 3])))
t(lambda: list(zip('abc', [1, 2])))
t(lambda: list(zip()))
t(lambda: list(zip('ab')))
t(lambda: list(zip('ab', 'cd', 'ef')))
t(lambda: list(zip(*[(1, 'a'), (2, 'b')])))
t(lambda: dict(zip(range(3), 'xyz')))
t(lambda: list(zip('ab', [1, 2], strict=True)))
t(lambda: list(zip('abc', [1, 2], strict=True)))
t(lambda: list(zip('ab', [1, 2, 3], strict=True)))
t(lambda: list(zip('ab', 'ab', 'a', strict=True)))
t(lambda: list(zip('ab', 'ab', 'abc', strict=True)))
t(lambda: list(zip('a', 5)))
t(lambda: zip(foo=1))
consumed = []
def g(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
t(lambda: list(zip(g('A', 3), g('B', 1))))
print(consumed)
z = zip([1, 2], [3, 4], strict=True)
t(lambda: (next(z), next(z)))
t(lambda: next(z))
