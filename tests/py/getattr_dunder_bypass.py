# Implicit special-method lookup bypasses instance attributes and __getattr__/__getattribute__.
class A:
    def __getattr__(self, name):
        print('__getattr__', name)
        return lambda *a: 'from getattr'
a = A()
print(a.__len__())
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
b = A()
b.__str__ = lambda: 'instance __str__'
print(str(b) != 'instance __str__', b.__str__())
class Intercept:
    def __getattribute__(self, name):
        print('__getattribute__', name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
print(len(Intercept()))
