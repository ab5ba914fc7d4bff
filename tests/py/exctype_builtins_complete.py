# exctype: the set of exception classes exposed by builtins, and their module/qualname
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names))
print(names)
print(sorted({getattr(builtins, n).__module__ for n in names}))
print([n for n in names if getattr(builtins, n).__qualname__ != n])
print(sorted(c.__name__ for c in BaseException.__subclasses__() if c.__module__ == 'builtins'))
def subs(cls):
    return sorted(c.__name__ for c in cls.__subclasses__() if c.__module__ == 'builtins')
print(subs(LookupError), subs(ArithmeticError), subs(OSError), subs(ValueError))
