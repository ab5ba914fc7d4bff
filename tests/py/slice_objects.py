# slice: slice objects: repr, attributes, indices() normalization, equality, hashability (3.11: unhashable)
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), slice('a', 'b', 'c'), s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(1, 2).step)
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -1), slice(0, 10, 3), slice(None, -1, -2)]:
    print(sl, sl.indices(6), len(range(*sl.indices(6))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0, 5) < slice(1, 0))
L = list(range(10))
print(L[slice(2, 7, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1),
            lambda: hash(slice(1)), lambda: slice('a').indices(3), lambda: slice(1, 2, 3).start.__class__.__name__]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
