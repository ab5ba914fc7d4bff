# abc: ABCMeta, ABC, abstractmethod, instantiation errors, register, __subclasshook__, caches
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print('TypeError', e)

class Square(Partial):
    def __init__(self, s=2): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
sq = Square()
print(sq.describe(), Square.__abstractmethods__, isinstance(sq, Shape), issubclass(Square, Shape))

class Prop(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Prop.__abstractmethods__))

class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Circle:
    def draw(self): pass
print(isinstance(Circle(), Drawable), issubclass(int, Drawable), issubclass(Circle, Drawable))

class Seqish(ABC):
    pass
t0 = abc.get_cache_token()
print(issubclass(tuple, Seqish))
Seqish.register(tuple)
print(issubclass(tuple, Seqish), isinstance((1,), Seqish), abc.get_cache_token() > t0)
@Seqish.register
class Reg:
    pass
print(Reg.__name__, issubclass(Reg, Seqish), Seqish.register(Reg) is Reg)
try:
    Seqish.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(5, Seqish)
except TypeError as e:
    print('TypeError', e)
class Base(ABC): pass
class Derived(Base): pass
try:
    Derived.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)

class Meta2(ABCMeta):
    pass
class WithMeta(metaclass=Meta2):
    @abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, WithMeta.__abstractmethods__)

class Fixed(ABC):
    @abstractmethod
    def g(self): ...
Fixed.g = lambda self: 1
abc.update_abstractmethods(Fixed)
print(Fixed().g(), Fixed.__abstractmethods__)
print(abstractmethod(lambda: 0).__isabstractmethod__)
print(ABC.__slots__, [n for n in vars(abc) if not n.startswith('_')][:0])
