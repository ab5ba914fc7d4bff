# Class keyword arguments go to __init_subclass__ and the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ kwargs', kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, option=1, other='x'):
    pass
try:
    class B(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
