# Integer literals: decimal, hex, octal, binary, underscores, big values.
print(0, 00, 0_0, 1_000_000)
print(0x1F, 0X1f, 0xdead_beef, 0o17, 0O777, 0b1010, 0B1_0_1)
print(0x_ff, 0o_7, 0b_1)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0b1111, +0o10, ~0x0)
print(type(0x10).__name__, 1_2_3 + 0)
print(10**20 == 100_000_000_000_000_000_000)
