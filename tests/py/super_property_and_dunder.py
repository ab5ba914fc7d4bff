# super() with dunder methods: explicit super().__eq__, super().__repr__ and super().__init_subclass__.
class Base:
    def __repr__(self): return 'Base-repr'
    def __eq__(self, other): return 'Base.__eq__'
class Child(Base):
    def __repr__(self): return 'Child(' + super().__repr__() + ')'
    def __eq__(self, other): return ('Child', super().__eq__(other))
print(repr(Child()), Child() == 1)
class Obj:
    def __eq__(self, other):
        return super().__eq__(other)
o = Obj()
print(o == o, o == Obj(), Obj().__eq__(1))
