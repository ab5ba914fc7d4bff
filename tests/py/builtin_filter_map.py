# builtin_filter_map: filter with None and functions, map with several iterables (shortest wins), laziness
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])))
t(lambda: list(filter(lambda x: x % 2, range(10))))
t(lambda: list(filter(str.isupper, 'aBcDe')))
t(lambda: list(map(abs, [-1, 2, -3])))
t(lambda: list(map(pow, [2, 3, 4], [5, 2])))
t(lambda: list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
t(lambda: list(map(str, range(3))))
t(lambda: list(map(None, [1])))
t(lambda: list(filter(5, [1])))
t(lambda: map(abs))
t(lambda: filter(None))
t(lambda: map(abs, 5))
t(lambda: type(map(abs, [])).__name__ + ' ' + type(filter(None, [])).__name__)
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x > 1, iter([1, 2, 3]))
print(next(f), list(f), list(f))
t(lambda: list(map(int, ['1', 'x'])))
