# An exception in an except clause replaces the original; finally still runs.
def f():
    try:
        raise KeyError('orig')
    except KeyError:
        print('handling')
        undefined_name
    finally:
        print('finally')
try:
    f()
except NameError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
try:
    try:
        raise ValueError
    except ValueError:
        raise
    finally:
        print('finally with pending re-raise')
except ValueError:
    print('outer got ValueError')
