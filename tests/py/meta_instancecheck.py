# __instancecheck__ and __subclasscheck__ on a metaclass customize isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('__instancecheck__', type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('__subclasscheck__', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=DuckMeta): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck))
print(isinstance(5, Duck))
print(issubclass(Mallard, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))
