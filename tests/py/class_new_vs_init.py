# __new__ runs before __init__; __init__ is skipped when __new__ returns another type.
class A:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print('__init__', v)
        self.v = v
a = A(1)
print(a.v)
class Other:
    pass
class B:
    def __new__(cls):
        print('B.__new__ returns an Other')
        return Other()
    def __init__(self):
        print('never called')
print(type(B()).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print('init runs each time')
print(Singleton() is Singleton())
