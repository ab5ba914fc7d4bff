# Mapping patterns: key subsets, **rest, non-string keys, get() not used for missing keys.
def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', **rest}:
            return f'circle rest={rest}'
        case {1: one}:
            return f'int key {one}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
print(m({'type': 'point', 'x': 1, 'y': 2, 'extra': 0}))
print(m({'type': 'circle', 'r': 5, 'c': (0, 0)}))
print(m({1: 'one', 2: 'two'}))
print(m({'other': 1}))
print(m({}))
print(m([('type', 'point')]))
class D(dict):
    def __missing__(self, key):
        print('__missing__ should not be used', key)
        return 0
print(m(D(type='point', x=1)))
