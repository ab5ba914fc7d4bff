# int_big: addition and subtraction of numbers with hundreds of digits, carries and sign changes
a = int('9' * 300)
b = 1
print(a + b)
print(-(a + b) + a)
c = 3 ** 500
d = 7 ** 350
print(c)
print(d)
print(c + d)
print(c - d)
print(d - c)
print(-c - d)
print(c - c, type(c - c).__name__)
print((10**200 + 1) - 10**200)
print(-(10**200) + (10**200 - 1))
print(sum(range(10**20, 10**20 + 100)))
x = 2**64
print(x - 1, x + x, -x - x, (x - 1) + 1 == x)
print(2**63 - 1 + 1, -2**63 - 1)
