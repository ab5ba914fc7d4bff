# int_big: shifts and bitwise operations on numbers beyond 64 bits, incl. negatives
a = (1 << 200) | 0xF0F0
print(a)
print(a >> 100, a >> 199, a >> 200, a >> 201)
print(a & 0xFFFF, a & (1 << 200), a ^ a, (a | 1) & 1)
print(-a >> 100)
print(-a & 0xFFFFFFFF)
print(-a | 0xFF)
print(~a)
print((-(1 << 100)) >> 50 == -(1 << 50))
print(((1 << 150) - 1) ^ ((1 << 149)) == (1 << 149) - 1)
print((1 << 64) - 1 & -(1 << 32))
print(-(1 << 64) ^ (1 << 63))
print((12345678901234567890123 << 77) >> 77 == 12345678901234567890123)
