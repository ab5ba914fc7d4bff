# Comprehension syntax restrictions: yield inside comprehension, async outside async function.
cases = [
    "[(yield x) for x in range(3)]",
    "def f():\n    return [(yield x) for x in y]",
    "def f():\n    return [x async for x in y]",
    "[x for x in range(3) for x in x",
    "[x for x in]",
    "{x: for x in y}",
]
for src in cases:
    try:
        compile(src, '<c>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
