# collections.abc: builtin types' registration, __subclasshook__, mixin methods, abstract errors
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Hashable, Sized, Container, Callable, Generator,
                             Collection, Reversible, KeysView, ItemsView, ValuesView, Awaitable, Coroutine)

samples = [[], (), '', b'', {}, set(), frozenset(), range(3), iter([]), (x for x in ()), 5, len,
           {}.keys(), {}.items(), {}.values(), bytearray(), None]
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
        Hashable, Sized, Container, Callable, Generator, Collection, Reversible, KeysView]
for s in samples:
    print(type(s).__name__, [a.__name__ for a in abcs if isinstance(s, a)])

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Sized))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))

class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))

class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(a=1, b=2)
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a'}, sorted(m.keys() | {'c'}), dict(m))

class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut()
mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.popitem(), dict(mm))
mm.clear(); print(len(mm))

class MySet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))

class MySeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
q = MySeq()
q.append(1); q.extend([2, 3]); q += [4]; q.reverse()
print(q.l, q.pop(), q.pop(0), q.l)
q.remove(2); print(q.l)

class Half(Sequence):
    def __len__(self): return 0
for cls in (Half, Iterable, MutableMapping):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence),
      issubclass(set, Set), issubclass(frozenset, MutableSet), issubclass(tuple, Hashable))
print(sorted(n for n in cabc.__all__))
print(Iterable[int], Callable.__name__, Mapping.__module__)
