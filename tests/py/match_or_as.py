# Or-patterns and as-patterns, including bindings within alternatives.
def m(v):
    match v:
        case 1 | 2 | 3 as small:
            return f'small {small}'
        case [1, x] | [x, 1]:
            return f'pair with one, other {x}'
        case (str() | bytes()) as text:
            return f'text {text!r}'
        case [[a, b] as inner, c]:
            return f'inner {inner} a={a} b={b} c={c}'
        case _:
            return 'none'
for v in [2, [1, 7], [7, 1], 'abc', b'x', [[1, 2], 3], 4]:
    print(repr(v), m(v))
