# __dict__ of instances and classes; vars(); mappingproxy of class dict is read-only.
class A:
    x = 1
    def m(self): pass
a = A()
print(a.__dict__)
a.y = 2
print(a.__dict__, vars(a))
a.__dict__['z'] = 3
print(a.z)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
print(type(A.__dict__).__name__)
try:
    A.__dict__['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
a.__dict__ = {'replaced': True}
print(a.replaced, hasattr(a, 'y'))
try:
    a.__dict__ = 'nope'
except TypeError as e:
    print(type(e).__name__, e)
