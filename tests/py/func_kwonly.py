# Keyword-only parameters after * and after *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2))
def g(*args, sep='-'):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep='+'))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x, y
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, h.__kwdefaults__)
