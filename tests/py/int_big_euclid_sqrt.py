# int_big: Euclid's gcd, extended gcd/modular inverse and Newton integer square root on huge numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
a = 2 ** 300 * 3 ** 50 * 7
b = 2 ** 200 * 3 ** 80 * 11
print(gcd(a, b) == 2 ** 200 * 3 ** 50, gcd(-a, b) == gcd(a, -b), gcd(0, b) == b)
g, x, y = egcd(10 ** 40 + 7, 3 ** 90)
print(g, (10 ** 40 + 7) * x + 3 ** 90 * y == g)
print(pow(10 ** 40 + 7, -1, 3 ** 90) == x % 3 ** 90)
n = 10 ** 200 + 12345
r = isqrt(n)
print(r)
print(r * r <= n < (r + 1) ** 2, isqrt(2 * 10 ** 100))
print(isqrt((10 ** 150 + 3) ** 2) == 10 ** 150 + 3)
