# TypeError messages for wrong positional argument counts.
def f0(): pass
def f1(x): pass
def f2(x, y): pass
def fd(x, y=1): pass
def fs(x, *a): pass
def fk(x, *, k): pass
tests = [
    (f0, (1,)), (f1, ()), (f1, (1, 2)), (f2, ()), (f2, (1,)), (f2, (1, 2, 3)),
    (fd, ()), (fd, (1, 2, 3)), (fs, ()), (fk, (1, 2)), (fk, (1, 2, 3)),
]
for fn, args in tests:
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def three(a, b, c): pass
try:
    three()
except TypeError as e:
    print(e)
try:
    three(1)
except TypeError as e:
    print(e)
