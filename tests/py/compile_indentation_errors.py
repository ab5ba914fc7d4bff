# IndentationError and TabError via compile(): subclass relations, messages and positions.
cases = [
    "if x:\npass",
    "def f():\n    x = 1\n      y = 2",
    "def f():\n        x = 1\n    y = 2",
    "if x:\n\tpass\n        pass",
    "class C:\n",
    "while True:\n# comment\n",
]
for src in cases:
    try:
        compile(src, '<ind>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
