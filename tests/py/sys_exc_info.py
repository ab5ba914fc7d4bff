# sys: exc_info() and exception() inside and outside except blocks, nested handlers, after handling
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def f():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(f()))
try:
    try:
        raise TypeError('t')
    finally:
        print('finally sees', repr(sys.exception()))
except TypeError:
    pass
print(sys.exception())
