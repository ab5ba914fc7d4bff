# Bare raise re-raises the current exception; raise outside a handler is RuntimeError.
def f():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised the outer one:', type(e).__name__, e)
err = None
try:
    raise IndexError('saved')
except IndexError as e:
    err = e
try:
    raise err
except IndexError as e:
    print('raised saved instance', e is err)
