# NotImplemented fallback: left returns NotImplemented, then reflected; both fail -> TypeError.
class A:
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented
class B:
    def __radd__(self, other):
        print('B.__radd__')
        return 'B handled it'
class C:
    def __radd__(self, other):
        print('C.__radd__')
        return NotImplemented
print(A() + B())
try:
    A() + C()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() * 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 - A()
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NotImplemented) if False else repr(NotImplemented))
