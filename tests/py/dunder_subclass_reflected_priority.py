# If the right operand is a subclass overriding the reflected method, it is tried first.
class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, other):
        return 'Sub.__radd__'
class SubNoOverride(Base):
    pass
print(Base() + Sub())
print(Base() + SubNoOverride())
print(Sub() + Base())
class MyInt(int):
    def __radd__(self, other):
        return 'MyInt.__radd__'
    def __add__(self, other):
        return 'MyInt.__add__'
print(1 + MyInt(2), MyInt(2) + 1)
