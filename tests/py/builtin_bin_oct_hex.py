# builtin_bin_oct_hex: bin/oct/hex of ints incl. negatives, bools, big ints, __index__ and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 10, -10, 255, 2 ** 64, -(2 ** 70) + 1, True]:
    print(v, bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
t(lambda: (bin(I()), oct(I()), hex(I())))
t(lambda: bin(1.5))
t(lambda: hex('10'))
t(lambda: oct(None))
t(lambda: hex(1.0))
t(lambda: int(bin(-37), 2))
t(lambda: int(hex(2 ** 100), 16) == 2 ** 100)
