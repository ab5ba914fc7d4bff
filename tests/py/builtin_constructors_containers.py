# builtin_constructors_containers: list/tuple/dict/set/frozenset/str/bytes called with iterables and kwargs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
src = {'b': 2, 'a': 1}
t(lambda: (list(src), tuple(src), sorted(set(src)), sorted(frozenset(src)), dict(src), str(src)))
t(lambda: (list(src.items()), dict(src.items()), dict(list(src.items()))))
t(lambda: dict(src, c=3, b=20))
t(lambda: dict(one=1, two=2))
t(lambda: dict([('a', 1)], a=2))
t(lambda: dict({'x': 1}.items(), y=2))
t(lambda: tuple(x for x in range(3)))
t(lambda: set('aab') == {'a', 'b'})
t(lambda: frozenset(range(3)) | {5})
t(lambda: list(range(3)) + list((3,)))
t(lambda: bytes(range(3)) + bytearray(b'!'))
t(lambda: tuple(tuple([1]) for _ in range(2)))
t(lambda: dict.fromkeys(range(3), []))
d = dict.fromkeys('ab', [])
d['a'].append(1)
t(lambda: d)
t(lambda: set(iterable=[1]))
t(lambda: tuple(iterable=[1]))
t(lambda: frozenset([1], [2]))
