# int: bitwise and/or/xor/invert on negative and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**70 + 3, -(2**70) - 3]
for a in vals:
    print(a, ~a)
for a in vals[:7]:
    for b in vals[5:]:
        print(a, b, a & b, a | b, a ^ b)
print(-1 & 0xFF, -2 & 0xFFFFFFFF, -(2**64) | 1, -(2**64) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
