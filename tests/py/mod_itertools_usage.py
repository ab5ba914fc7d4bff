# functools/itertools/operator used together: bound lru_cache methods, groupby over sorted data, tee of generators
import itertools, functools, operator, time
from itertools import *
from functools import *
from operator import itemgetter, attrgetter, methodcaller
print(sum(islice(count(), 100000)))
print(len(list(product(range(10), repeat=4))))
print(sum(1 for _ in permutations(range(7))))
print(functools.reduce(operator.add, range(100000)))
class P:
    def __init__(self, n): self.n = n
    @lru_cache
    def sq(self): return self.n ** 2
    def __repr__(self): return 'P(%d)' % self.n
p = P(3)
print(repr(p.sq), p.sq(), p.sq.cache_info(), p.sq.__name__, P.sq.__qualname__)
data = [('a', 2), ('b', 1), ('a', 1)]
for k, grp in groupby(sorted(data), key=itemgetter(0)):
    print(k, list(grp))
print(sorted(data, key=itemgetter(1, 0)))
print(list(map(methodcaller('upper'), 'ab')))
print(list(zip(count(1), 'abc')), dict(zip_longest('ab', [1])))
it = chain.from_iterable(repeat([1, 2], 2))
print(list(it), list(it))
def gen():
    yield 1
    yield 2
print(list(accumulate(gen())), list(starmap(operator.mul, zip([1, 2], [3, 4]))))
c = cycle(gen())
print([next(c) for _ in range(5)])
print(next(iter(tee(gen())[1])))
print(list(pairwise(gen())))
a, b = tee(x * x for x in range(4))
print(list(zip(a, b)))
print(isinstance(chain(), itertools.chain), callable(partial(print)), type(partial(print)))
x = partial(int, base=2)
print(x('101'), x('11', base=10))
print([k for k, _ in groupby([1, 1, 2, 3, 3])], list(islice(count(step=3), 3)), repr(count(step=3)))
print(next(dropwhile(lambda v: v < 3, count())))
print(list(compress(range(5), cycle([1, 0]))))
