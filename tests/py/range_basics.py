# range: len, indexing, negative steps, repr, equality of ranges by value, bool, reversed
for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(5, 5), range(-3, 3, 2), range(0, 10, 3), range(10, 0)]:
    print(repr(r), len(r), list(r), bool(r), list(reversed(r)))
r = range(1, 20, 4)
print(r[0], r[-1], r[2], r.start, r.stop, r.step, r[-5])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 100))
print(range(2) == [0, 1], range(5) != range(6), str(range(3)), range(1, 2, 1))
print(list(range(-5)), list(range(3, -3, -1)), list(range(0, -10, -4)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(True, 3), range(2)[True])
