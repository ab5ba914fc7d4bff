# Invalid assignment / augmented / for / with targets detected by the compiler.
cases = [
    "f() = 1", "1 = x", "x + 1 = 2", "None = 1", "True = 0", "__debug__ = 1",
    "[a, 1] = x", "(a, b()) = y", "for f() in x: pass", "with a as 1: pass",
    "x.y += 1", "(yield) = 1", "a if b else c = 1", "{a: b} = c", "'s' = 1",
    "def f(True): pass", "import a.b as c.d",
]
for src in cases:
    try:
        compile(src, '<t>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(f'{src!r:24} -> {e.msg}')
