# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('x')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        raise ValueError('nested')
    except ValueError:
        print(type(sys.exception()).__name__)
    print('restored', type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())
def in_finally():
    try:
        raise IndexError
    finally:
        print('in finally', type(sys.exception()).__name__)
try:
    in_finally()
except IndexError:
    pass
