# range: construction and indexing errors and messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 10, 0))
t(lambda: range(1.5))
t(lambda: range('3'))
t(lambda: range(None))
t(lambda: range(0, 5)[5])
t(lambda: range(0, 5)[-6])
t(lambda: range(5)['a'])
t(lambda: range(5).index(7))
t(lambda: range(5).index('a'))
t(lambda: range(3)[1.0])
t(lambda: range(start=1, stop=3))
t(lambda: len(range(2 ** 64)))
t(lambda: range(2 ** 64)[2 ** 63])
def setitem():
    r = range(3)
    r[0] = 1
t(setitem)
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(3) < range(4))
