# Compile-time errors for global/nonlocal misuse.
cases = [
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f(a):\n    nonlocal a",
    "def f():\n    global x\n    nonlocal x",
]
for src in cases:
    try:
        compile(src, '<g>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
