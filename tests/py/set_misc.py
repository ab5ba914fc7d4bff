# set: copy, set comprehension, iteration order of small ints, mutation during iteration, sets of tuples
s = {x % 5 for x in range(20)}
print(s, len(s))
c = s.copy()
c.add(100)
print(len(s), len(c), c is s, c == s)
pts = {(0, 1), (1, 0), (0, 1)}
print(sorted(pts), (1, 0) in pts)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
words = set('the quick brown the lazy the'.split())
print(sorted(words), len(words))
print(sorted(set('mississippi')), ''.join(sorted(set('banana'))))
print(set([1, 2]) == {2, 1}, {1, 2}.__len__(), 2 in {1, 2}.copy())
u = set()
u.add(frozenset({1}))
print(u, frozenset({1}) in u, {1} in u)
try:
    u.add({2})
except TypeError as e:
    print('TypeError', e)
print(set.__name__, type(set()).__name__, isinstance({1}, set), isinstance(frozenset(), set))
