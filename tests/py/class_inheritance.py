# Single inheritance: method override, attribute lookup through bases, isinstance/issubclass.
class Animal:
    sound = '...'
    def __init__(self, name): self.name = name
    def speak(self): return f'{self.name}: {self.sound}'
    def kind(self): return 'animal'
class Cat(Animal):
    sound = 'meow'
    def kind(self): return 'cat, a kind of ' + super().kind()
class Kitten(Cat):
    def __init__(self, name):
        super().__init__(name + ' jr')
c = Kitten('tom')
print(c.speak(), c.kind())
print(isinstance(c, Animal), issubclass(Kitten, Animal), issubclass(Animal, Kitten))
print(Kitten.__bases__, Kitten.__base__, Animal.__bases__)
print([k.__name__ for k in Kitten.__mro__])
print(issubclass(Cat, (int, Animal)), isinstance(c, (int, str)))
print(Cat.__subclasses__(), Animal.__subclasses__())
