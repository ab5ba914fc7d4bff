# A long-running loop finishes with the right result (performance sanity, well under 0.5 s in CPython).
total = 0
for i in range(300000):
    total += i % 7
print(total)
n = 0
while n < 100000:
    n += 3
print(n)
s = 0
lst = list(range(50000))
for x in lst:
    if x & 1:
        s += x
print(s)
