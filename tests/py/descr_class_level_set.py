# Setting an attribute on the class replaces a descriptor; metaclass descriptors control class attributes.
class D:
    def __get__(self, obj, owner=None): return 'D value'
    def __set__(self, obj, value): print('D.__set__ on instance')
class A:
    x = D()
a = A()
a.x = 1
A.x = 'plain now'
print(a.x, A.x)
class MetaD:
    def __get__(self, cls, meta=None): return f'meta descriptor for {cls.__name__}'
    def __set__(self, cls, value): print('MetaD.__set__', value)
class Meta(type):
    y = MetaD()
class B(metaclass=Meta): pass
print(B.y)
B.y = 5
print(B.y)
