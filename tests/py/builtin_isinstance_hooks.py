# builtin_isinstance: __instancecheck__ / __subclasscheck__ on metaclasses, and __class__ override
class Meta(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', type(obj).__name__)
        return isinstance(obj, int) and obj > 0
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', sub.__name__)
        return sub is bool
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive))
print(isinstance(-5, Positive))
print(isinstance('x', Positive))
print(issubclass(bool, Positive))
print(issubclass(str, Positive))
print(isinstance(5, (str, Positive)))
p = Positive()
print(isinstance(p, Positive))
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(isinstance(l, int), type(l).__name__, isinstance(l, Liar))
