# tuple: tuple() of iterables, identity of tuple(t), nested mutation through a tuple, unpacking errors
t = (1, 2)
print(tuple(t) is t, tuple([1, 2]) == t, tuple(range(3)), tuple({'a': 1}), tuple(x for x in 'xy'))
m = ([],)
m[0].append(1)
print(m)
try:
    m[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(m)
for bad in ['a, b = (1, 2, 3)', 'a, b, c = (1, 2)', 'a, = ()', 'a, b = 5', '(a, b), c = (1, 2), 3']:
    try:
        exec(bad, {})
        print('ok', bad)
    except Exception as e:
        print(type(e).__name__, e)
a, *rest = (1, 2, 3)
print(a, rest, type(rest).__name__)
print(tuple.__len__((1, 2)), (1, 2).__contains__(2), (1, 2).__getitem__(-1), 3 in (1, 2))
try:
    tuple(1)
except TypeError as e:
    print('TypeError', e)
