# exctype: StopIteration.value from args, from generator return, and StopAsyncIteration basics
def show(e):
    print(repr(e), repr(e.value), e.args)
show(StopIteration())
show(StopIteration(5))
show(StopIteration(1, 2))
show(StopIteration(None))
def g():
    yield 1
    return 'returned'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    show(e)
def h():
    return (yield)
it = h()
next(it)
try:
    it.send('sent value')
except StopIteration as e:
    show(e)
e = StopIteration('x')
e.value = 'changed'
print(e.value, e.args)
print(repr(StopAsyncIteration('a')), StopAsyncIteration('a').args, hasattr(StopAsyncIteration(), 'value'))
