# __exit__ returning True suppresses the exception; exceptions in __exit__ replace the original.
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressing', et.__name__)
            return True
        return False
with Suppress(KeyError, IndexError):
    {}['x']
with Suppress(KeyError, IndexError):
    [][1]
try:
    with Suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed:', type(e).__name__)
class Raising:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError('from __exit__')
try:
    with Raising():
        raise ValueError('original')
except TypeError as e:
    print(type(e).__name__, e, '| context', repr(e.__context__))
