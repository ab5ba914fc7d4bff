# An exception in finally replaces the in-flight one (which becomes its context).
def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, '| context', repr(e.__context__))
def g():
    try:
        return 'value'
    finally:
        raise KeyError('finally beats return')
try:
    g()
except KeyError as e:
    print(type(e).__name__, e)
