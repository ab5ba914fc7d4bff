# builtin_len: len() on builtin types and __len__ objects, and its error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [len(x) for x in ('', 'abc', '😀', b'ab', [1], (), {1: 2}, {1, 2, 2}, range(10), range(0, 10, 3), bytearray(4), memoryview(b'xyz'), frozenset())])
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(1.5))
t(lambda: len(iter([])))
t(lambda: len(x for x in 'a'))
t(lambda: len(len))
class L:
    def __len__(self):
        return 7
class Neg:
    def __len__(self):
        return -1
class Flt:
    def __len__(self):
        return 2.0
class Big:
    def __len__(self):
        return 2 ** 63
class BoolLen:
    def __len__(self):
        return True
t(lambda: len(L()))
t(lambda: len(Neg()))
t(lambda: len(Flt()))
t(lambda: len(Big()))
t(lambda: len(BoolLen()))
t(lambda: len())
t(lambda: len([], []))
