# Operators on classes themselves use the metaclass's dunders.
class Meta(type):
    def __add__(cls, other): return f'{cls.__name__}+{other.__name__}'
    def __len__(cls): return 99
    def __iter__(cls): return iter(['m1', 'm2'])
    def __repr__(cls): return f'<Meta class {cls.__name__}>'
class A(metaclass=Meta): pass
class B(metaclass=Meta): pass
print(A + B, len(A), list(A), repr(A), [A])
class C:
    def __len__(self): return 1
try:
    len(C)
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | str).__name__)
