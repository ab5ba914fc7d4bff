# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, __dict__.
def f(a, b=1, *, c=2):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__module__)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__dict__)
f.custom = 'attr'
print(f.__dict__, f.custom)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
f.__defaults__ = (100,)
print(f(0) if False else f.__defaults__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
def h():
    'single-quoted docstring'
print(h.__doc__)
