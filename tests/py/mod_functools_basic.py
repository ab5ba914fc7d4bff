# functools: partial (repr, flattening), wraps, reduce, lru_cache/cache, cached_property,
# total_ordering, cmp_to_key, singledispatch, partialmethod, and CPython's error messages
import functools
from functools import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def add(a, b, c=0):
    return a + b + c

p = partial(add, 1, c=10)
print(p(2), p(2, c=0), p.args, p.keywords, p.func is add, type(p).__name__)
p2 = partial(p, 5)
print(p2(), p2.func is add, p2.args, p2.keywords)
print(repr(partial(max, 1, 'a', key=len)))
print(repr(partial(len)))
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 2)), MyPartial(max, 2)(5))
mp = MyPartial(MyPartial(add, 1), 2)
print(mp.args, mp())
p.attr = 3
print(p.attr)
show('partial0', lambda: partial())
show('partial1', lambda: partial(5))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(name: str) -> str:
    """Say hello."""
    return 'hello ' + name
greet.extra = 1
print(greet('x'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__annotations__,
      greet.__wrapped__.__name__, greet.__module__)
def inner(): pass
inner.custom = 'c'
def outer(): pass
update_wrapper(outer, inner, assigned=('__name__',), updated=('__dict__',))
print(outer.__name__, outer.custom, outer.__wrapped__ is inner, outer.__qualname__)
print(partial(print).__doc__ is not None)

import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1),
      reduce(operator.add, ['a']), reduce(operator.add, 'abc', 'x'))
show('reduce0', lambda: reduce(operator.add, []))
show('reduce1', lambda: reduce(operator.add, 5))

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), calls)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_info()._fields if hasattr(sq.cache_info(), '_fields') else None)
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(4))
print(repr(sq).startswith('<functools._lru_cache_wrapper object at'))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info(), fact.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru_cache(0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
@lru_cache(-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())
show('lru_bad', lambda: lru_cache('x'))
show('unhashable', lambda: fact([1]))
ci = fact.cache_info()
print(type(ci).__name__, isinstance(ci, tuple), ci == (0, 11, None, 11), ci.maxsize, ci.currsize)

class Point:
    def __init__(self, x):
        self.x = x
    @lru_cache
    def double(self):
        print('computing')
        return self.x * 2
    @cached_property
    def triple(self):
        """Three times."""
        print('computing triple')
        return self.x * 3
pt = Point(4)
print(pt.double(), pt.double(), Point.double.cache_info())
print(pt.triple, pt.triple, pt.__dict__, Point.triple.__doc__, type(Point.triple).__name__)
del pt.triple
print(pt.triple)
pt.triple = 7
print(pt.triple)

class Slotted:
    __slots__ = ('a',)
    @cached_property
    def p(self):
        return 1
show('nodict', lambda: Slotted().p)
cp = cached_property(lambda self: 1)
class Two:
    a = cp
try:
    class Three:
        a = cp
        b = cp
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else '')
c2 = cached_property(lambda self: 1)
class Late:
    pass
Late.p = c2
show('noset', lambda: Late().p)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= a, b >= a, Version.__gt__.__name__)
show('cmp_other', lambda: a > 5)

@total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(G(1) < G(2), G(1) > G(2), G(1) <= G(1), G(3) > G(2))
show('noorder', lambda: total_ordering(type('A', (), {})))

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted('bca', key=cmp_to_key(lambda a, b: compare(b, a))))
K = cmp_to_key(compare)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3))
show('khash', lambda: hash(K(1)))

@singledispatch
def describe(arg):
    return 'object ' + repr(arg)
@describe.register
def _(arg: int):
    return 'int ' + repr(arg)
@describe.register(list)
def _(arg):
    return 'list of ' + str(len(arg))
def describe_str(arg):
    return 'str ' + arg
describe.register(str, describe_str)
@describe.register(float)
@describe.register(complex)
def _(arg):
    return 'number ' + repr(arg)
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(1.5), describe(2j), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(object).__name__, describe.__name__, sorted(t.__name__ for t in describe.registry))
show('noargs', lambda: describe())
show('badreg', lambda: describe.register(5, lambda x: x))
try:
    describe.register(lambda x: x)
except TypeError as e:
    print('badreg2', e.args[0].split(' at 0x')[0], e.args[0].split('>')[-1])
@describe.register
def _(arg: dict | set):
    return 'mapping or set'
print(describe({}), describe(set()))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register(str)
    def _(self, arg):
        return 'str ' + arg
f = Formatter()
print(f.fmt(1), f.fmt('a'), f.fmt(1.0))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function Cell.set_state at'))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__le__.__qualname__)
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
print(vars(partial(len)), partial.func.__doc__)
