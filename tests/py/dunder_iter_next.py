# __iter__/__next__ protocol with for loops, unpacking, and built-ins that consume iterators.
class Range:
    def __init__(self, n): self.n = n
    def __iter__(self): return RangeIter(self.n)
class RangeIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r = Range(3)
print(list(r), list(r), sum(r), max(r))
a, b, c = r
print(a, b, c, 2 in r, 5 in r)
it = iter(r)
print(next(it), next(it), next(it), next(it, 'end'))
print(list(zip(Range(2), Range(5))), sorted(Range(3), reverse=True))
