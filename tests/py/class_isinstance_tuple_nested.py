# isinstance/issubclass with nested tuples and errors for bad second arguments.
class A: pass
class B(A): pass
print(isinstance(B(), (int, (str, (A,)))), issubclass(B, ((), (A,))))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, int), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
