# builtin_sorted: sorted() returns a new list from any iterable; key, reverse stability, keyword-only args
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
src = (3, 1, 2)
r = sorted(src)
t(lambda: (r, src, type(r).__name__))
t(lambda: sorted('sorted'))
t(lambda: sorted({'b': 2, 'a': 1, 'c': 0}, key={'b': 2, 'a': 1, 'c': 0}.get))
t(lambda: sorted(x % 4 for x in range(10)))
recs = [('x', 1), ('y', 2), ('z', 1), ('w', 2)]
t(lambda: sorted(recs, key=lambda r: r[1], reverse=True))
t(lambda: sorted(recs, key=lambda r: r[1]))
t(lambda: sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1]))
t(lambda: sorted([-3, 2, -1], key=abs))
t(lambda: sorted(['b', 'C', 'a'], key=str.lower, reverse=True))
t(lambda: sorted([1, 2], reverse=1))
t(lambda: sorted([1, 2], reverse='yes'))
t(lambda: sorted([1, 2], reverse=None))
t(lambda: sorted())
t(lambda: sorted(iterable=[2, 1]))
t(lambda: sorted([True, False, 0, 1]))
t(lambda: sorted([[3], [1, 2], [1]]))
