# __call__ makes instances callable; callable() checks the type; errors for non-callables.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder))
add5.__call__ = lambda x: 'instance attribute is ignored'
print(add5(1))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'str'
    s()
except TypeError as e:
    print(type(e).__name__, e)
