# int_big: multiplication of huge numbers, factorial and products with signs
f = 1
for i in range(1, 151):
    f *= i
print(f)
print(len(str(f)))
print(f * -f)
a = int('123456789' * 40)
b = int('987654321' * 35)
print(a * b)
print((-a) * b == -(a * b), a * 0, a * 1 == a, a * -1 == -a)
print((2**128 + 1) * (2**128 - 1) == 2**256 - 1)
print((10**100 + 7) * (10**100 + 9))
