# __slots__ conflicts with class variables and other slot errors.
try:
    class A:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class B:
        __slots__ = ('1bad',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class C:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(type(e).__name__, e)
class D:
    __slots__ = 'single'
d = D()
d.single = 'string slots means one slot'
print(d.single, D.__slots__)
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
