# list: list() from various iterables, copies are shallow, and construction errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list())
t(lambda: list('abc'))
t(lambda: list((1, 2)))
t(lambda: list(range(3)))
t(lambda: list({'a': 1, 'b': 2}))
t(lambda: list({'a': 1}.items()))
t(lambda: list(x * x for x in range(4)))
t(lambda: list(b'hi'))
t(lambda: list(5))
t(lambda: list(None))
t(lambda: list([1], [2]))
t(lambda: list(iterable=[1]))
inner = [1]
outer = [inner, inner]
copy = list(outer)
copy[0].append(2)
print(outer, copy, copy is outer, copy[0] is outer[0])
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
t(lambda: list(It()))
class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
t(lambda: list(G()))
