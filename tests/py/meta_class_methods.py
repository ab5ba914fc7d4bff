# Methods defined on a metaclass are callable on the class but not on instances.
class Meta(type):
    def describe(cls):
        return f'class {cls.__name__} with {len(cls.__dict__)}+ entries'
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
print(A.describe().startswith('class A with'), A.upper_name)
try:
    A().describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(A, 'describe'), 'describe' in dir(A))
