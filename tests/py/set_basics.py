# set: creation, repr (incl. empty set), add/discard/remove/pop/clear, membership and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {3, 1, 2}
print(s, set(), repr(set()), set([1, 1, 2]), set(range(5)), {0}, len({1, 1.0, True}))
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
t(lambda: s.remove(99))
t(lambda: s.remove('k'))
t(lambda: s.remove((1, 2)))
t(lambda: set().pop())
t(lambda: {5}.pop())
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: s.add({}))
t(lambda: {1} | [2])
t(lambda: 1 in s)
t(lambda: [1] in s)
t(lambda: set(5))
t(lambda: set('abc') == set('cba'))
s.clear()
print(s, len(s), bool(s))
print(sorted({'pear', 'apple', 'fig'}), sorted(set('hello')))
