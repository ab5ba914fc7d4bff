# Exceptions in __del__ do not propagate; they are passed to sys.unraisablehook.
import sys
def hook(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value, '| object:', u.object.__qualname__)
class Bad:
    def __del__(self):
        raise ValueError('error in __del__')
sys.unraisablehook = hook
b = Bad()
print('deleting')
del b
print('still running')
b2 = Bad()
del b2
print('after hooked deletion')
