# Class definition, instantiation, __init__, methods, instance and class attributes.
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def bark(self):
        return f'{self.name} says woof'
a = Dog('rex')
b = Dog('fido')
print(a.bark(), b.bark(), Dog.count, a.count)
print(a.species, Dog.species, type(a).__name__, type(a) is Dog)
a.species = 'own'
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(Dog.bark(b), isinstance(a, Dog), isinstance(a, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
