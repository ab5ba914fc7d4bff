# int_big: floor division, modulo and divmod with huge operands and all sign combinations
a = 7 ** 300 + 12345
b = 3 ** 200 - 1
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b)]:
    q, r = divmod(x, y)
    print(q)
    print(r)
    print(q * y + r == x, x // y == q, x % y == r)
print(divmod(10**100, 7))
print(divmod(-(10**100), 7))
print((10**100) % -7, (-(10**100)) // -7)
print(divmod(5, 10**100))
print(divmod(-5, 10**100))
print(10**100 // 10**100, 10**100 % 10**100, (10**100 + 1) // 10**50)
