# Slot descriptors on the class; slot values per instance; __slots__ with defaults via class attributes elsewhere.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
a, b = P(1, 2), P(3, 4)
print(a.x, b.x, P.x.__get__(a), P.x.__name__, P.x.__objclass__.__name__)
P.x.__set__(a, 10)
print(a.x)
class Defaults:
    __slots__ = ('v',)
class WithDefault(Defaults):
    v_default = 7
    def get(self):
        return getattr(self, 'v', self.v_default)
w = WithDefault()
print(w.get())
w.v = 1
print(w.get(), sorted(vars(w)))
