# return/break/continue in finally override pending exceptions and returns.
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return 'loop done', i
print(h())
def k():
    x = 'initial'
    try:
        return x
    finally:
        x = 'modified'
        print('finally sees', x)
print(k())
