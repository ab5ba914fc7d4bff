# The first iterable of a comprehension is evaluated immediately in the enclosing scope.
def it(name, seq):
    print('iter', name)
    return seq
g = (a + b for a in it('outer', [1, 2]) for b in it('inner', [10, 20]))
print('generator made')
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g3 = (x for x in [1] for y in 5)
try:
    list(g3)
except TypeError as e:
    print('lazy', type(e).__name__, e)
