# float: floor division, modulo and divmod signs follow the divisor, incl. -0.0 results
for a in (7.5, -7.5, 0.0, -0.0, 1.0, 6.0):
    for b in (2.0, -2.0, 0.5, 3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0, 0.1 % 0.01, 5.5 % 2.5, -5.5 % 2.5)
print(1.0 // 0.1, 1.0 % 0.1, divmod(1.0, 0.1))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, type(7 // 2.0).__name__)
