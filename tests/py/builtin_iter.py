# builtin_iter: iter() on iterables, the sequence protocol fallback, iter(callable, sentinel), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2])
t(lambda: iter(it) is it)
t(lambda: list(it))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError(i)
t(lambda: list(iter(Seq())))
t(lambda: 4 in Seq())
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
t(lambda: list(iter(tick, 4)))
t(lambda: next(iter(tick, 4)))
data = iter(['a', 'b', '', 'c'])
t(lambda: list(iter(lambda: next(data), '')))
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(5, 1))
t(lambda: iter([], 1))
t(lambda: iter())
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class NoneIter:
    __iter__ = None
t(lambda: iter(NoneIter()))
t(lambda: [type(iter(x)).__name__ for x in ([], (), {}, set(), range(1), b'', bytearray())])
