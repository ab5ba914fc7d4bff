# Generator basics: lazy execution, next(), StopIteration at the end, for-loop consumption.
def gen():
    print('start')
    yield 1
    print('between')
    yield 2
    print('end')
g = gen()
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again StopIteration', e.args)
print(list(gen()))
print(next(gen(), 'unused'))
def empty():
    return
    yield
print(list(empty()), next(empty(), 'default'))
