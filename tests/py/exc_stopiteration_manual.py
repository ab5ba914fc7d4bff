# Raising StopIteration manually in __next__ and the value attribute.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done', 'extra')
        return self.n
it = It()
print(list(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
s = StopIteration()
print(s.value)
s2 = StopIteration(1, 2)
print(s2.value)
