# tuple: lexicographic comparison, equality with lists, hashing of tuples with unhashable members
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, 'a') < (2, 0), (1, 2.0) == (1, 2), (float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), [n] == [n])
print(hash((1, 2)) == hash((1, 2)), hash((1,)) == hash((1.0,)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(1, 2): 'a', (1,): 'b', (): 'c'}
print(d[(1, 2)], d[1,], d[()])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    {(1, {}): 0}
except TypeError as e:
    print('TypeError', e)
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError', e)
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(sorted({3, 1, 2})), (1, 2) != (1, 2), (1, 2) >= (1, 2))
