# set: | & - ^ operators and the corresponding methods (methods accept any iterable), in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference([4, 6]))
print(a.union(), a.intersection(), a.union('x') - {'x'} == a)
for bad in [lambda: a | [5], lambda: a & (1,), lambda: a - 'x', lambda: a ^ None]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10, 11}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
c.update([7], (8,)); print(sorted(c))
c.intersection_update(range(8)); print(sorted(c))
c.difference_update({3}); print(sorted(c))
c.symmetric_difference_update([7, 9]); print(sorted(c))
try:
    c |= [1]
except TypeError as e:
    print('TypeError', e)
print(a, b)
print({1, 2} | frozenset({3}), type({1} | frozenset({3})).__name__, type(frozenset({3}) | {1}).__name__)
