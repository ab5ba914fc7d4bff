# int: floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 1, -1, 12, -12):
    for b in (3, -3, 1, -1, 12, -5):
        print(a, b, a // b, a % b, divmod(a, b))
