# Generator expressions: laziness, single use, as sole call argument.
def src():
    for i in range(4):
        print('produce', i)
        yield i
g = (x * 10 for x in src())
print('created')
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in ['ab', 'abc', 'a']))
print(type(x for x in []).__name__)
gen = (i for i in range(3))
print(list(zip(gen, gen)))
