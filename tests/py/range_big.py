# range: ranges with huge bounds: len limits, indexing, slicing and reversed stay exact
r = range(10 ** 18, 10 ** 18 + 10 ** 12, 7)
print(len(r), r[0], r[-1], r[123456789], r[-123456789], r[10:20:3])
print(r.index(10 ** 18 + 700), 10 ** 18 + 701 in r, r.count(10 ** 18 + 7))
rv = reversed(r)
print(next(rv), next(rv))
neg = range(-(10 ** 30), 0, 10 ** 28)
print(neg[0], neg[-1], neg[:3], neg[::-25], -(10 ** 28) in neg)
big = range(2 ** 70)
try:
    len(big)
except OverflowError as e:
    print('OverflowError', e)
print(big[-1] == 2 ** 70 - 1, big[2 ** 69], big[::2 ** 68], bool(big), big == range(0, 2 ** 70, 1))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64, 2 ** 64 + 3)[1])
