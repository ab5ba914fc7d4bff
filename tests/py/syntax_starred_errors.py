# Compile-time errors for starred expressions.
cases = [
    "*a, *b = [1, 2]",
    "*a = [1]",
    "a = *b",
    "print(*)",
    "del *a",
    "x = [*]",
]
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
