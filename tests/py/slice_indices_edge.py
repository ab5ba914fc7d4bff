# slice: indices() normalization with huge, negative and None parts, and the ranges they produce
cases = [(None, None, None), (None, None, -1), (-1, None, -1), (10, -10, -2), (-10, 10, 3), (3, 3, 1), (2 ** 70, None, None),
         (None, -2 ** 70, -1), (0, 0, -1), (-1, -2, 1), (5, None, -3), (None, 2, -1), (1, 2 ** 100, 2 ** 65)]
for start, stop, step in cases:
    s = slice(start, stop, step)
    for n in (0, 1, 7):
        idx = s.indices(n)
        print(s, n, idx, list(range(*idx)), list(range(n))[s] == list(range(*idx)))
for bad in [(1, 2, 0), ('a', 2, 1)]:
    try:
        slice(*bad).indices(5)
    except Exception as e:
        print(type(e).__name__, e)
