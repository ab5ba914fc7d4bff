# mro() can be overridden in a metaclass; __mro__ reflects it.
class Meta(type):
    def mro(cls):
        default = super().mro()
        print('computing mro for', cls.__name__)
        return default
class A(metaclass=Meta): pass
class B(A): pass
print([k.__name__ for k in B.__mro__])
