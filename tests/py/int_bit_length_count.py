# int: bit_length and bit_count for small, negative and big values
for v in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, -255, 2**31 - 1, 2**31, 2**63, -(2**63), 2**100 - 1, 10**50]:
    print(v, v.bit_length(), v.bit_count())
print(True.bit_length(), False.bit_count())
print(int.bit_length(1024), int.bit_count(-7))
print((2**1000).bit_length(), (2**1000 - 1).bit_count())
