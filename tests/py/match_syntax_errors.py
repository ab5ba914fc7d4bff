# Compile-time errors in match statements.
cases = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {**rest, 'k': v}:\n        pass",
    "match x:\n    case f():\n        pass\n    case 1 + 1:\n        pass",
    "match x:\n    case Point(x=1, x=2):\n        pass",
]
for src in cases:
    try:
        compile(src, '<m>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, '| line', e.lineno)
