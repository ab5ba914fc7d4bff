# list: nested comparisons go element-wise and recurse; errors surface from the first differing pair
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for e in ['[1, [2, 3]] < [1, [2, 4]]', '[1, [2]] < [1, [2, 0]]', '[1, [2]] == [1, [2.0]]', '[1, ["a"]] < [1, [2]]',
          '[1, "a"] < [2, 1]', '[1, "a"] < [1, 1]', '[[]] < [[], []]', '[(1, 2)] < [(1, 3)]', '[(1, 2)] < [[1, 3]]',
          '[1, 2] <= [1, 2]', '[3] > [1, 2, 3]', '[[1, 2], [3]] > [[1, 2], [2, 9]]', '[{}] == [{}]', '[{}] < [{}]',
          '[None] == [None]', '[None] < [None]', '[1, None] < [1, None]', '[1, None] < [2, None]']:
    t(e)
