# Star and double-star unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a,), {*a, *b} == {1, 2, 3, 4})
d1 = {'x': 1}
d2 = {'y': 2, 'x': 9}
print({**d1, **d2}, {**d2, **d1}, {'z': 0, **d1})
print(*a, *'xy', sep='-')
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, 0, *b, **d1, w=3))
print(f(**{'a': 1}, **{'b': 2}))
try:
    f(**d1, **{'x': 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
