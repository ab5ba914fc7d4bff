# builtin_isinstance: isinstance/issubclass with classes, tuples (nested), bool/int, and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C: pass
b = B()
t(lambda: (isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object)))
t(lambda: isinstance(b, (C, A)))
t(lambda: isinstance(b, (C, (int, (A,)))))
t(lambda: isinstance(b, ()))
t(lambda: (isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float))))
t(lambda: (issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(bool, int), issubclass(B, (C, A))))
t(lambda: (issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(int, type), isinstance(type, type)))
t(lambda: isinstance(b, b))
t(lambda: isinstance(b, [A]))
t(lambda: isinstance(b, 'A'))
t(lambda: issubclass(b, A))
t(lambda: issubclass(B, b))
t(lambda: issubclass(B, (A, 1)))
t(lambda: isinstance(b, (A, 1)))
t(lambda: isinstance(b, (C, 1)))
t(lambda: isinstance(1))
t(lambda: (isinstance(None, type(None)), isinstance(len, type(print)), isinstance([], list), isinstance({}, dict)))
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int | None))
