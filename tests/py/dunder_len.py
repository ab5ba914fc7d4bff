# __len__ return value rules: must be a non-negative int (or have __index__).
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
print(len(L(5)), len(L(True)))
for bad in [-1, 2.5, '3', 2 ** 100]:
    try:
        print(len(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
class Idx:
    def __index__(self): return 7
print(len(L(Idx())))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
