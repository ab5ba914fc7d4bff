# int_big: exponentiation producing huge results, and modular pow on big numbers
print(2 ** 1000)
print(3 ** 333)
print((-7) ** 101)
print(len(str(17 ** 1000)))
print(pow(123456789, 987, 10**40 + 1))
print(pow(2**200 + 3, 2**150 + 1, 3**120))
print(pow(-(10**50) - 1, 3, 10**20 + 39))
print(pow(10**30 + 1, -1, 2**127 - 1))
n = 2**89 - 1
print(pow(3, n - 1, n))
print((10**20) ** 10 == 10**200)
