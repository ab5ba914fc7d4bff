# if/elif/else chains and truthiness of common values.
def classify(x):
    if x is None:
        return 'none'
    elif not x:
        return 'falsy'
    elif isinstance(x, str):
        return 'str'
    elif isinstance(x, list):
        return 'list'
    elif x > 100:
        return 'big'
    else:
        return 'other'
for v in [None, 0, '', [], 'a', 1000, 5, 0.0, (), {}, [0]]:
    print(repr(v), classify(v))
