# super() proxies: attributes, properties, data on the class, and the __class__ cell.
class A:
    x = 'A.x'
    @property
    def p(self): return 'A.p'
class B(A):
    x = 'B.x'
    @property
    def p(self): return 'B.p+' + super().p
    def show(self):
        return super().x, __class__.__name__
print(B().p, B().show())
class C(B): pass
print(C().show())
try:
    super(B, B()).nothing
except AttributeError as e:
    print(type(e).__name__, e)
