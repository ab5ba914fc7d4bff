# reversed() uses __reversed__ or the __len__/__getitem__ sequence protocol.
class R:
    def __reversed__(self): return iter(['z', 'y'])
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(Seq())))
class NoSeq:
    def __iter__(self): return iter([1])
try:
    reversed(NoSeq())
except TypeError as e:
    print(type(e).__name__, e)
class RNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RNone())
except TypeError as e:
    print(type(e).__name__, e)
