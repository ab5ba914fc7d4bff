# A metaclass customizing class creation with __new__ and __init__.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        ns['added_by_meta'] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def m(self): pass
class B(A):
    y = 2
print(A.added_by_meta, type(A).__name__, type(B).__name__, isinstance(B, Meta))
