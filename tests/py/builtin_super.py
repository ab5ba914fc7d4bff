# builtin_super: basic super() use in methods, __init__ chains, and explicit two-argument form
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)
    def greet(self):
        return 'Base greet'
    @classmethod
    def make(cls):
        return 'made ' + cls.__name__
class Mid(Base):
    def __init__(self, x):
        print('Mid.__init__ before')
        super().__init__(x * 2)
    def greet(self):
        return 'Mid+' + super().greet()
class Leaf(Mid):
    def greet(self):
        return 'Leaf+' + super().greet()
    @classmethod
    def make(cls):
        return 'Leaf:' + super().make()
l = Leaf(5)
print(l.x, l.greet(), Leaf.make())
print(super(Leaf, l).greet(), super(Mid, l).greet())
try:
    super(Base, l).greet()
except AttributeError as e:
    print('AttributeError', e)
try:
    super(int, l)
except TypeError as e:
    print('TypeError', e)
class S(str):
    def upper(self):
        return 'S:' + super().upper()
print(S('abc').upper())
