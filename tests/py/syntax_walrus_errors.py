# Invalid uses of the walrus operator are SyntaxErrors.
cases = [
    "x := 1",
    "(a.b := 1)",
    "(a[0] := 1)",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) if (i := 1)]",
    "def f(x := 1): pass",
    "class C:\n    [(z := i) for i in range(2)]",
]
for src in cases:
    try:
        compile(src, '<w>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
