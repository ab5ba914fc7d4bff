# set: method argument errors: unhashable elements, non-iterables, wrong arg counts, remove/pop messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2}
t(lambda: s.add([]))
t(lambda: s.discard([]))
t(lambda: s.remove([]))
t(lambda: s.remove(3))
t(lambda: s.update(5))
t(lambda: s.update([[1]]))
t(lambda: s.union(1))
t(lambda: s.intersection([[]]))
t(lambda: s.issubset(None))
t(lambda: s.add())
t(lambda: s.add(1, 2))
t(lambda: set.pop(set()))
t(lambda: s.isdisjoint())
t(lambda: s.difference_update([1], 3))
t(lambda: {[]} - s)
t(lambda: [] in s)
t(lambda: set([1, 2], [3]))
t(lambda: sorted(s))
