# __qualname__ of nested functions, methods, lambdas, and classes.
def outer():
    def inner():
        def innermost(): pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
class A:
    def m(self): pass
    class B:
        def n(self): pass
    lam = lambda self: 0
    @staticmethod
    def s(): pass
print(A.m.__qualname__, A.B.__qualname__, A.B.n.__qualname__, A.lam.__qualname__, A.s.__qualname__)
def factory():
    class Local:
        def meth(self): pass
    return Local
print(factory().__qualname__, factory().meth.__qualname__)
print([lambda: 0][0].__qualname__)
