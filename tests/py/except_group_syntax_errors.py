# Syntax rules for except*: no mixing with except, no bare except*, no break/continue/return.
cases = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
]
for src in cases:
    try:
        compile(src, '<e>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
