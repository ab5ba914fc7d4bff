# operator: the function forms of operators, getters (with reprs), index, length_hint, in-place forms
import operator
from operator import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2))
print(not_(0), truth([]), truth([1]), is_(None, None), is_not(1, None))
print(abs(-3), add(1, 2), and_(6, 3), floordiv(7, 2), index(5), inv(5), invert(0), lshift(1, 4),
      mod(7, 3), mul(3, 4), neg(2), or_(4, 1), pos(-1), pow(2, 10), rshift(256, 2), sub(5, 7),
      truediv(7, 2), xor(5, 1))
class M:
    def __matmul__(self, other):
        return 'matmul'
    def __imatmul__(self, other):
        return 'imatmul'
print(matmul(M(), 1), imatmul(M(), 1))
print(concat([1], [2]), concat('a', 'b'), contains([1, 2], 2), countOf([1, 2, 1, 1.0], 1), indexOf('abc', 'c'))
show('indexOf', lambda: indexOf([1], 5))
show('concat', lambda: concat(1, 2))
d = {'a': 1}
setitem(d, 'b', 2)
print(getitem(d, 'b'), d)
delitem(d, 'a')
print(d)
l = [1, 2, 3, 4]
print(getitem(l, slice(1, 3)))
class Idx:
    def __index__(self):
        return 7
print(index(Idx()), index(True))
show('index', lambda: index(1.5))
show('index2', lambda: index('a'))
class BadIdx:
    def __index__(self):
        return 'x'
show('index3', lambda: index(BadIdx()))
print(length_hint([1, 2, 3]), length_hint(iter([1, 2])), length_hint(5), length_hint(5, 9), length_hint(iter(range(10))))
class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h
print(length_hint(Hint(4)), length_hint(Hint(NotImplemented), 3))
show('hint1', lambda: length_hint(Hint('a')))
show('hint2', lambda: length_hint(Hint(-1)))
show('hint3', lambda: length_hint([], 'a'))
print(call(max, 1, 5, key=neg))

g = itemgetter(1)
print(g('abc'), itemgetter(1, 0)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(2))([1, 2, 3]))
print(repr(itemgetter(1, 'a')), repr(itemgetter(1)))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))
show('itemgetter0', lambda: itemgetter())
class P:
    def __init__(self):
        self.x = 1
        self.child = self
        self.name = 'p'
p = P()
print(attrgetter('x')(p), attrgetter('x', 'name')(p), attrgetter('child.child.x')(p))
print(repr(attrgetter('a', 'b.c')), repr(attrgetter('x')))
show('attrgetter', lambda: attrgetter(1))
show('attrgetter2', lambda: attrgetter('missing')(p))
mc = methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), methodcaller('upper')('x'), repr(mc), repr(methodcaller('f', 1, k=2)))
show('mc0', lambda: methodcaller())
show('mc1', lambda: methodcaller(1))
print(type(g).__name__, type(g).__module__, type(mc).__name__)

a = [1]
print(iadd(a, [2]), a, iconcat(a, [3]), a)
print(iadd(1, 2), isub(5, 1), imul(2, 3), itruediv(1, 2), ifloordiv(7, 2), imod(7, 4), ipow(2, 3),
      ilshift(1, 3), irshift(8, 1), iand(7, 2), ior(1, 2), ixor(3, 1))
s = {1}
print(ior(s, {2}), s)
show('iconcat', lambda: iconcat(1, 2))
print(operator.__add__(1, 2), operator.__getitem__([5], 0), operator.__not__(1), operator.__inv__(1))
print(sorted(n for n in operator.__all__)[:5], len(operator.__all__))
import functools
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])))
