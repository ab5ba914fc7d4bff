# return value of a generator is carried by StopIteration.value.
def g():
    yield 1
    return 'result'
x = g()
next(x)
try:
    next(x)
except StopIteration as e:
    print(repr(e.value), e.args)
def none_ret():
    yield 1
y = none_ret(); next(y)
try:
    next(y)
except StopIteration as e:
    print(repr(e.value), e.args)
def tuple_ret():
    yield
    return (1, 2)
z = tuple_ret(); next(z)
try:
    next(z)
except StopIteration as e:
    print(e.value, e.args)
print(list(g()))
