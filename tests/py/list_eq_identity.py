# list: `in`, count, index, remove and == use identity first then __eq__; __eq__ call counting
class Noisy:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Noisy.calls += 1
        return isinstance(other, Noisy) and self.v == other.v
    __hash__ = None
    def __repr__(self):
        return 'N%d' % self.v
a, b, c = Noisy(1), Noisy(2), Noisy(1)
L = [a, b, c]
print(a in L, Noisy.calls)
Noisy.calls = 0
print(Noisy(2) in L, Noisy.calls)
Noisy.calls = 0
print(L.count(Noisy(1)), Noisy.calls)
print(L.index(c), L.index(Noisy(1)))
L.remove(Noisy(1))
print(L)
nan = float('nan')
print(nan in [nan], [nan].count(nan), [nan] == [nan], [float('nan')] == [float('nan')])
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1, 2], [AlwaysEq()] == [5], [1, 2].index(AlwaysEq()))
