# yield from a plain iterator: send(non-None) fails with AttributeError from the iterator.
def g():
    yield from iter([1, 2, 3])
x = g()
print(next(x))
print(x.send(None))
try:
    x.send('value')
except AttributeError as e:
    print(type(e).__name__, e)
def h():
    yield from range(3)
y = h()
next(y)
try:
    y.throw(IndexError('idx'))
except IndexError as e:
    print(type(e).__name__, e)
