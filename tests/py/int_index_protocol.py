# int: __index__ lets objects act as ints in slicing, bin/hex, range, repetition, and operator contexts
class Two:
    def __index__(self):
        return 2
class BadIndex:
    def __index__(self):
        return 'x'
two = Two()
data = list(range(6))
print(data[two], data[two:], data[:two], data[::two], 'abcdef'[two], bin(two), hex(two), oct(two))
print(list(range(two)), 'ab' * two, [0] * two, b'x' * two, (1,) * two)
print(int(two), complex(two), float(two), round(7.777, two))
print(bytes(two), bytearray(two), (10).to_bytes(two, 'big'), [10, 20, 30].pop(two))
for f in [lambda: data[BadIndex()], lambda: hex(BadIndex()), lambda: range(BadIndex()), lambda: int(BadIndex())]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(isinstance(two, int), two.__index__() + 1)
