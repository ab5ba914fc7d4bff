# builtin_reversed: reversed() on list/tuple/str/range/dict/user classes with __reversed__ or __len__+__getitem__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(reversed([1, 2, 3])))
t(lambda: tuple(reversed((1, 2))))
t(lambda: ''.join(reversed('abc')))
t(lambda: list(reversed(range(0, 10, 3))))
t(lambda: type(reversed(range(5))).__name__)
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: list(reversed({'a': 1, 'b': 2}.items())))
t(lambda: list(reversed(b'xyz')))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
t(lambda: list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
t(lambda: list(reversed(Seq())))
class OnlyGetitem:
    def __getitem__(self, i):
        return i
t(lambda: reversed(OnlyGetitem()))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(x for x in 'ab'))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoRev()))
r = reversed([1, 2, 3])
t(lambda: (next(r), r.__length_hint__(), list(r), list(r)))
