# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield 1
    raise StopIteration('inner')
x = g()
print(next(x))
try:
    next(x)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
def h():
    it = iter([])
    yield next(it)
try:
    list(h())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield 'caught inside is fine'
print(list(ok()))
