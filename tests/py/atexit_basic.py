# atexit: registrations run at exit newest first, with their arguments; unregister removes them.
import atexit, sys
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, repr(u.err_msg), u.object is failing)
sys.unraisablehook = hook
def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))
def failing():
    raise RuntimeError('at exit')
def removed():
    print('never')
print(atexit.register(show, 1, x=2) is show)
atexit.register(failing)
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
@atexit.register
def decorated():
    print('decorated runs first')
    atexit.register(show, 'registered while exiting')
try:
    atexit.register(42)
except TypeError as exc:
    print('TypeError', exc)
try:
    atexit.register()
except TypeError as exc:
    print('TypeError', exc)
print('end of program')
