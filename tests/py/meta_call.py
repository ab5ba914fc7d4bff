# Metaclass __call__ controls instance creation (e.g. caching instances).
class Cached(type):
    def __call__(cls, *args):
        if not hasattr(cls, '_cache'):
            cls._cache = {}
        if args not in cls._cache:
            print('creating', cls.__name__, args)
            cls._cache[args] = super().__call__(*args)
        return cls._cache[args]
class Point(metaclass=Cached):
    def __init__(self, x, y):
        print('__init__', x, y)
        self.x, self.y = x, y
p1 = Point(1, 2)
p2 = Point(1, 2)
p3 = Point(3, 4)
print(p1 is p2, p1 is p3)
class NoInit(type):
    def __call__(cls, *a):
        return 'metaclass returned a string'
class Weird(metaclass=NoInit): pass
print(Weird())
