# Class patterns for builtin types match the whole subject with one positional pattern.
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f) | tuple((f,)):
            return f'number {f}'
        case str() as s if len(s) > 3:
            return f'long str {s}'
        case str(s):
            return f'str {s}'
        case list([a, *_]):
            return f'list starting {a}'
        case dict(d):
            return f'dict {d}'
        case _:
            return 'other'
for v in [True, 7, 2.5, 1j, 'hello', 'hi', [9, 8], [], {'a': 1}, None]:
    print(repr(v), kind(v))
