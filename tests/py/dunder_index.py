# __index__ lets objects be used as indices, in slices, bin/hex/oct, and range.
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)], 'abcdef'[I(1)::I(2)])
print(bin(I(5)), hex(I(255)), oct(I(8)), range(I(3))[I(1)])
print(list(range(I(1), I(4))), [0] * I(3), I(2) * 'ab' if False else 'ab' * I(2))
class NotIndex:
    def __int__(self): return 1
try:
    lst[NotIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 'no'
try:
    lst[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(I(9)), complex(I(2)) if False else float(I(2)) if False else 'ok')
