# A typed validating descriptor with error messages.
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('deleting', self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
del p.age
try:
    p.age
except KeyError as e:
    print(type(e).__name__, e)
