# builtin_type_names: __name__/__qualname__/__module__ of builtin types and functions, and type reprs
objs = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, type,
        object, type(None), type(...), type(NotImplemented), BaseException, ValueError]
for o in objs:
    print(o.__name__, o.__qualname__, o.__module__, repr(o))
for fn in [len, print, abs, isinstance, iter, next, sorted, max]:
    print(fn.__name__, fn.__qualname__, fn.__module__, repr(fn))
print(repr([].append.__name__), [].append.__qualname__, str.upper.__qualname__, repr(str.upper), repr(dict.fromkeys.__name__))
