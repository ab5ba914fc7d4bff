# builtin_object: object() instances have no __dict__, default comparisons/eq, str, and class basics
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
o = object()
p = object()
t(lambda: (o == o, o == p, o != p, o is o))
t(lambda: type(o).__name__)
t(lambda: object.__name__)
t(lambda: object.__bases__)
t(lambda: object.__mro__)
t(lambda: hasattr(o, '__dict__'))
def setit():
    o.x = 1
t(setit)
t(lambda: o < p)
t(lambda: object(1))
t(lambda: o.__eq__(p))
t(lambda: o.__eq__(o))
t(lambda: o.__ne__(p))
t(lambda: o.__lt__(p))
t(lambda: str(o) == repr(o))
t(lambda: o.__class__ is object)
t(lambda: isinstance(o, object) and issubclass(int, object))
t(lambda: o.__reduce__ is not None)
t(lambda: sorted(n for n in dir(o) if n in ('__eq__', '__hash__', '__repr__', '__init__', '__dict__')))
