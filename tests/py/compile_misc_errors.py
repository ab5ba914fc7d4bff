# Assorted compiler errors: literal comparisons warnings excluded, invalid numbers, misc constructs.
cases = [
    "from __future__ import braces",
    "from __future__ import nonexistent",
    "def f(*, **k): pass",
    "def f(**k, a): pass",
    "f(**k, *a)",
    "f(a for a in b, c)",
    "class C(x for x in y): pass",
    "x = yield = 1",
    "print(1 if 2)",
    "a = 1; b = 2;;",
    "import",
    "del",
    "x = {**a: 1}",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass",
]
for src in cases:
    try:
        compile(src, '<x>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
