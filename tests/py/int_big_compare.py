# int_big: ordering/equality of huge ints of both signs, sorting, min/max, and mixing with floats
vals = [10 ** 100, -(10 ** 100), 10 ** 100 + 1, 2 ** 333, -(2 ** 333), 0, -1, 10 ** 99 * 10, 1e100]
print(sorted(vals, key=lambda v: (v, type(v).__name__)))
print(max(vals[:8]) == 2 ** 333, min(vals[:8]) == -(2 ** 333))
print(10 ** 100 == 10 ** 99 * 10, 10 ** 100 != 10 ** 100 + 1, 10 ** 100 < 10 ** 100 + 1, -(10 ** 100) < -(10 ** 99))
print(10 ** 100 == 1e100, 10 ** 100 < 1e100, int(1e100) == 10 ** 100, int(1e100) - 10 ** 100)
print(2 ** 64 > 2 ** 64 - 1 > 2 ** 63, -(2 ** 64) < -(2 ** 63), (2 ** 64) // (2 ** 32) == 2 ** 32)
print(len({10 ** 50, 10 ** 50, int('1' + '0' * 50)}), 10 ** 50 in {10 ** 50: 'x'})
