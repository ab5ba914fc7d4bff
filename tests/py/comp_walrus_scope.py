# Walrus in comprehensions binds in the enclosing function scope.
def f():
    results = [(m := v) * 2 for v in [3, 1, 4]]
    return results, m
print(f())
def g():
    any_big = any((hit := x) > 5 for x in [1, 7, 2])
    return any_big, hit
print(g())
def h():
    count = 0
    vals = [count := count + 1 for _ in range(4)]
    return vals, count
print(h())
