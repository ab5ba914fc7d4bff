# int: comparisons between ints (incl. huge) and floats are exact, never via float rounding
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big)
print(2 ** 53 == 2.0 ** 53, 2 ** 1000 == 2.0 ** 1000, 2 ** 1000 + 1 == 2.0 ** 1000)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
print(1 < float('nan'), 1 > float('nan'), 1 == float('nan'), 1 != float('nan'))
print(0 == -0.0, 1 == 1.0000000000000002, 3 < 3.5, -3 > -3.5)
print(max(3, 3.0), max(3.0, 3), min(2, 2.0), min(2.0, 2))
print(sorted([3, 2.5, True, 0.0, -1, 2]))
print(10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(hash(2 ** 53) == hash(2.0 ** 53), hash(1) == hash(1.0), hash(-1) == hash(-1.0), hash(0) == hash(-0.0))
