# Comprehensions over custom iterables use __iter__/__next__.
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print('__iter__')
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            print('StopIteration')
            raise StopIteration
        self.i += 1
        return self.i
print([v for v in Count(3)])
print({v: None for v in Count(1)})
print(sum(v for v in Count(2)))
