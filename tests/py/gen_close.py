# close() raises GeneratorExit at the yield; finally blocks run; yielding in response is an error.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
x = g()
print(next(x))
x.close()
print('closed')
x.close()
print(next(x, 'exhausted'))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 'no'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def unstarted():
    print('never runs')
    yield
u = unstarted()
u.close()
print(next(u, 'closed before start'))
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('exiting quietly')
        return 'ignored value'
r = returns_on_exit(); next(r)
print(r.close())
