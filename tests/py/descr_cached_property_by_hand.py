# A non-data descriptor caching into the instance dict (like functools.cached_property).
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print('computing', self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r): self.r = r
    @cached
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
print(c.area)
del c.area
print(c.area)
