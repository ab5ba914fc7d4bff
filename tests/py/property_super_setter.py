# super().prop works for reading, but assigning through super() is an AttributeError.
class Base:
    @property
    def v(self): return 'base v'
    @v.setter
    def v(self, val): print('Base setter', val)
class Child(Base):
    @property
    def v(self): return 'child+' + super().v
    @v.setter
    def v(self, val):
        try:
            super().v = val
        except AttributeError as e:
            print(type(e).__name__, e)
        Base.v.fset(self, val)
c = Child()
print(c.v)
c.v = 3
