# Overriding properties in subclasses and extending a parent property's setter.
class Base:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v):
        print('Child setter validates', v)
        if v < 0:
            raise ValueError('negative')
        Base.x.fset(self, v)
c = Child()
c.x = 5
print(c.x)
try:
    c.x = -1
except ValueError as e:
    print(type(e).__name__, e)
class ReadOnly(Base):
    @property
    def x(self): return 'read only ' + str(self._x)
r = ReadOnly()
print(r.x)
try:
    r.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
