# compile() of bad code: SyntaxError attributes msg, lineno, offset, text, filename.
cases = [
    "x = (1, 2",
    "if True\n    pass",
    "a = 1 +",
    "def f(:\n    pass",
    "print('a' 'b' c)",
    "x = [1, 2, 3)",
    "for x in range(3):\nprint(x)",
    "  x = 1",
    "lambda x: (yield)",
    "x = 5 = y",
]
for src in cases:
    try:
        compile(src, '<src>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename)
