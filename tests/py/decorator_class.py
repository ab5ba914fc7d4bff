# Class decorators and classes used as decorators.
def add_greet(cls):
    cls.greet = lambda self: f'hello from {type(self).__name__}'
    return cls
@add_greet
class A: pass
print(A().greet())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.count, type(sq).__name__)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self): print('Config created')
print(Config() is Config())
