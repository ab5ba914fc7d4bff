# Exceptions inside generators propagate to the consumer; the generator is finished afterwards.
def g():
    yield 1
    raise ValueError('from generator')
    yield 2
x = g()
print(next(x))
try:
    next(x)
except ValueError as e:
    print(type(e).__name__, e)
print(next(x, 'finished'))
def h():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'handled'
y = h()
next(y)
print(y.throw(ZeroDivisionError))
