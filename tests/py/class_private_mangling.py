# Name mangling of __private names inside classes.
class A:
    __secret = 'a-secret'
    def __init__(self):
        self.__hidden = 1
    def reveal(self):
        return self.__secret, self.__hidden
class B(A):
    __secret = 'b-secret'
    def mine(self):
        return self.__secret
b = B()
print(b.reveal(), b.mine())
print(sorted(k for k in vars(b)))
print(A._A__secret, B._B__secret)
try:
    b.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    def __dunder__(self): return 'not mangled'
    def get(self): return getattr(self, '__x', 'getattr strings are not mangled')
print(C().__dunder__(), C().get())
