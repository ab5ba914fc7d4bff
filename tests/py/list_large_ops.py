# list: operations on larger lists (10^4-10^5 elements) give exact results quickly
big = list(range(100000))
print(len(big), sum(big), big[-1], big[50000], big[::10000])
big.reverse()
print(big[:3], big.index(0))
big.sort()
print(big[:3], big == list(range(100000)))
evens = big[::2]
del big[::2]
print(len(evens), len(big), big[:3], evens[-3:])
squares = [i * i for i in range(10000)]
print(sum(squares), max(squares), squares.count(81), 9801 in squares)
words = [str(i) for i in range(10000)]
words.sort()
print(words[:5], words[-3:])
mixed = sorted(range(10000), key=lambda x: (x % 7, -x))
print(mixed[:5], mixed[-5:])
L = []
for i in range(20000):
    L.append(i)
while len(L) > 10:
    L.pop()
print(L)
