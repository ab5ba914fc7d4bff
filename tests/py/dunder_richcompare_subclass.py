# For comparisons, a right operand that is a subclass gets priority for the reflected method.
class Base:
    def __eq__(self, other):
        print('Base.__eq__')
        return 'base'
    def __lt__(self, other):
        print('Base.__lt__')
        return 'base lt'
class Derived(Base):
    def __eq__(self, other):
        print('Derived.__eq__')
        return 'derived'
    def __gt__(self, other):
        print('Derived.__gt__')
        return 'derived gt'
print(Base() == Derived())
print(Base() < Derived())
print(Derived() == Base())
class Other(Base): pass
print(Base() == Other())
