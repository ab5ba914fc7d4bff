# none: None in comparisons and sorting needs a key; equality and identity tests; default arguments
vals = [3, None, 1, None, 2]
try:
    sorted(vals)
except TypeError as e:
    print('TypeError', e)
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)))
print([v for v in vals if v is not None], vals.count(None), vals.index(None))
print(None == None, None != 0, None is not False, [None] * 2, (None,) == (None,))
print(max([None, None], key=lambda v: 0), min(vals, key=lambda v: -1 if v is None else v))
def f(x=None):
    return 'default' if x is None else x
print(f(), f(0), f(''), f(None))
print({None: 1}.get(None), {}.get('k') is None, print('printed') is None)
