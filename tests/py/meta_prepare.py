# __prepare__ supplies the class namespace; it sees definitions in order.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print('define', key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print('namespace type', type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def c(self): pass
print(list(k for k in A.__dict__ if not k.startswith('__')))
