# builtin_next: next() with and without default on iterators, generators, and non-iterators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
it = iter([1])
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it, 'default'))
t(lambda: next(it, None))
def gen():
    yield 'a'
    return 'retval'
g = gen()
t(lambda: next(g))
t(lambda: next(g))
t(lambda: next(g))
t(lambda: next([1]))
t(lambda: next('abc'))
t(lambda: next(5, 0))
t(lambda: next())
class Counter:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done')
        return self.n
c = Counter()
t(lambda: (next(c), next(c), next(c, 'dflt')))
t(lambda: next(c))
