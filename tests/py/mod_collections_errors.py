# error messages of collections, abc, contextlib and types helpers
from collections import *
import abc, copy, contextlib, types
tests = [lambda: deque([], 'a'), lambda: deque(1), lambda: Counter(5), lambda: namedtuple('A', [1]),
         lambda: OrderedDict(1), lambda: defaultdict(list, 5), lambda: deque([1]).rotate('a'),
         lambda: ChainMap({}).pop('x'), lambda: ChainMap({}).popitem(), lambda: UserList(5),
         lambda: deque([1,2]).index(1, 'a'), lambda: types.SimpleNamespace(1),
         lambda: contextlib.suppress()(), lambda: deque().extend(5),
         lambda: Counter('ab') + 1, lambda: deque([1]) * 'a', lambda: namedtuple('A', 'x')(1)._asdict()['y'],
         lambda: OrderedDict(a=1).move_to_end('b'), lambda: types.new_class('X', (5,))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
