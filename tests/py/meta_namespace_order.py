# Class namespace preserves definition order; __qualname__ and __module__ set before the body.
class A:
    print('body sees', __qualname__, __module__)
    z = 1
    a = 2
    def m(self): pass
    y = 3
print([k for k in A.__dict__ if not k.startswith('__')])
class B:
    __qualname__ = 'Custom.Qualname'
print(B.__qualname__, B.__name__)
