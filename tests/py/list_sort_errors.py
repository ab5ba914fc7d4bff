# list: sort errors: mixed types, key errors, positional args, and list modified during sort
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted([1, 'a']))
t(lambda: sorted(['a', 1]))
t(lambda: sorted([1, None]))
t(lambda: sorted([{}, {}]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([[1], (1,)]))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: [3, 1].sort(lambda x: x))
t(lambda: sorted([1, 2], cmp=None))
t(lambda: sorted([1, 'a', 2], key=str))
t(lambda: sorted(['10', '9', '100'], key=int))
t(lambda: sorted(['x', 'y'], key=int))
t(lambda: sorted(5))
L = [3, 1, 2]
def key(x):
    L.append(x)
    return x
t(lambda: L.sort(key=key))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
t(lambda: sorted([K(3), K(1), K(2)]))
t(lambda: max([K(3), K(1), K(2)]))
t(lambda: sorted([K(1), 1]))
