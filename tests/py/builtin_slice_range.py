# builtin_slice_range: slice() and range() builtins used as values: indexing sequences, equality, attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
every_other = slice(None, None, 2)
last_three = slice(-3, None)
data = list(range(10))
t(lambda: (data[every_other], data[last_three], 'abcdefgh'[every_other], tuple(data)[last_three]))
t(lambda: range(10)[every_other])
t(lambda: (slice(1, 5, 2).indices(3), slice(1, 5, 2) == slice(1, 5, 2)))
t(lambda: (range(3, 10, 2).start, range(3, 10, 2).stop, range(3, 10, 2).step))
t(lambda: [data[slice(i, i + 2)] for i in range(0, 6, 2)])
t(lambda: range(10)[slice(2, 8, 3)])
t(lambda: range(5) == range(0, 5, 1))
t(lambda: list(range(*slice(1, 9, 2).indices(5))))
t(lambda: data[slice(None, None, 0)])
t(lambda: range(3)[slice('a', None)])
