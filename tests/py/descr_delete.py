# __delete__ on data descriptors; deleting a plain non-data descriptor attribute from an instance.
class D:
    def __get__(self, obj, owner=None): return 'got'
    def __delete__(self, obj): print('__delete__ called')
class A:
    d = D()
a = A()
del a.d
try:
    a.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
class OnlySet:
    def __set__(self, obj, v): print('set', v)
class B:
    s = OnlySet()
b = B()
b.s = 3
print(type(b.s).__name__)
try:
    del b.s
except AttributeError as e:
    print(type(e).__name__, e)
