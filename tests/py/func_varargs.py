# *args and **kwargs collection and forwarding.
def f(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(f())
print(f(1, 2, x=3))
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(1, y=2))
def g(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
kwargs = {'c': 1}
print(g(*[9, 8, 7], **kwargs))
