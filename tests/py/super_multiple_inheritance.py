# Cooperative super() calls follow the MRO of the instance, not the static base.
class Root:
    def hello(self):
        return ['Root']
class Left(Root):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Root):
    def hello(self):
        return ['Right'] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()
print(Child().hello())
print(Left().hello())
class Shape:
    def __init__(self, **kw):
        print('Shape leftover', kw)
class Colored(Shape):
    def __init__(self, color, **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    pass
b = Box(color='red', size=3, extra=1)
print(b.color, b.size)
