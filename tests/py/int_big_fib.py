# int_big: Fibonacci and factorial style loops producing hundreds of digits, digit sums, exact checks
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(a)
print(len(str(a)), sum(int(d) for d in str(a)), a % 1000000007, a.bit_length())
f = 1
for i in range(2, 301):
    f *= i
s = str(f)
print(len(s), len(s) - len(s.rstrip('0')), s[:20])
print(f // (f // 300) == 300, f % 301, f % 2 ** 64)
print(2 ** 2203 - 1 > 10 ** 663, len(str(2 ** 2203 - 1)))
