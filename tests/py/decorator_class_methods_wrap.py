# A class decorator wrapping every method; decorators that return descriptors (classmethod) on top.
def trace_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith('__'):
            def make(fn, name=name):
                def wrapper(self, *a):
                    print(f'-> {cls.__name__}.{name}{a}')
                    return fn(self, *a)
                return wrapper
            setattr(cls, name, make(value))
    return cls
@trace_methods
class Calc:
    def add(self, a, b): return a + b
    def neg(self, a): return -a
c = Calc()
print(c.add(2, 3), c.neg(4))
def add_classmethod(fn):
    return classmethod(fn)
class K:
    @add_classmethod
    def make(cls): return cls.__name__
print(K.make())
