# await/async misuse compile errors.
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for a in b:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    return [await x for y in z]",
    "async def f():\n    x = lambda: await y",
]
for src in cases:
    try:
        compile(src, '<a>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
