# errmsg: not iterable, not callable, not an iterator, cannot unpack messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(1))
t(lambda: [x for x in None])
t(lambda: tuple(1.5))
t(lambda: set(len))
t(lambda: iter(True))
t(lambda: sorted(3))
t(lambda: 'x' in 5)
t(lambda: 1 in None)
def unpack():
    a, b = 1
t(unpack)
def unpack2():
    a, b = None
t(unpack2)
def star():
    print(*5)
t(star)
def starstar():
    dict(**[1])
t(starstar)
x = None
t(lambda: x())
y = 5
t(lambda: y())
z = 'str'
t(lambda: z())
w = [1]
t(lambda: w())
tup = (1, 2)
t(lambda: tup())
t(lambda: next([]))
t(lambda: next(None))
