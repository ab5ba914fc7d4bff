# The 'except ... as name' variable is deleted at the end of the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', type(e).__name__)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
def g():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__
print(g())
