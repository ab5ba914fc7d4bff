# Instance methods bind self; functions set as instance attributes do not bind.
class A:
    def m(self): return 'bound to ' + type(self).__name__
a = A()
def external(self): return 'external sees ' + type(self).__name__
A.ext = external
print(a.ext())
a.inst_fn = lambda: 'no self here'
print(a.inst_fn())
a.inst_fn2 = external
try:
    a.inst_fn2()
except TypeError as e:
    print(type(e).__name__, e)
m = a.m
del A.m
print(m())
try:
    a.m()
except AttributeError as e:
    print(type(e).__name__, e)
