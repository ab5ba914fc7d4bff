# Sequence patterns: lists, tuples, fixed length, nested, strings are not sequences.
def s(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case (x, [y, z]):
            return f'nested {x} {y} {z}'
        case [_, _, _]:
            return 'three'
        case _:
            return 'no match'
for v in [[], (), [1], (1,), [1, 2], (0, [5, 6]), [1, 2, 3], 'ab', 'a', range(2), {1: 2}, [1, 2, 3, 4]]:
    print(repr(v), s(v))
