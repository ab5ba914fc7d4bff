# builtin_enumerate: enumerate with start (incl. negative and huge), laziness, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(enumerate('abc')))
t(lambda: list(enumerate('abc', 1)))
t(lambda: list(enumerate('abc', start=-1)))
t(lambda: list(enumerate('ab', 10 ** 20)))
t(lambda: list(enumerate([])))
t(lambda: dict(enumerate('xy')))
e = enumerate(iter([10, 20, 30]))
t(lambda: next(e))
t(lambda: list(e))
t(lambda: next(e))
t(lambda: type(enumerate([])).__name__)
t(lambda: enumerate(5))
t(lambda: enumerate('a', 1.5))
t(lambda: enumerate('a', '1'))
t(lambda: enumerate())
t(lambda: enumerate(iterable='ab', start=3).__next__())
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
