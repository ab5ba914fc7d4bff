# __annotations__ of functions: evaluated at definition, string annotations kept.
def show(label):
    print('evaluating', label)
    return label
def f(a: show('a'), b: 'literal' = 1, *args: show('args'), c: int, **kw: show('kw')) -> show('ret'):
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__['x'] = int
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
