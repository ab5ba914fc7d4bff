# int: literal forms: hex/octal/binary in both cases, underscores, zero forms and huge literals
print(0x1F, 0X1f, 0o17, 0O17, 0b101, 0B101, 0, 00, 0_0, 1_000)
print(0xdead_beef, 0b_1111_0000, 0o_777, 123_456_789)
print(123456789012345678901234567890, -0x8000000000000000, 0xFFFFFFFFFFFFFFFFFFFF)
print(type(0xff).__name__, 0x10 == 16 == 0o20 == 0b10000)
print(1_0 + 0x_1, -0b1, +0o7, ~0x0)
big = 0x_ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff
print(big, big.bit_length(), big + 1 == 2 ** 128)
