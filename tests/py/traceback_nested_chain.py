# Three-level chain mixing context and cause.
def a():
    raise KeyError('level a')
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError('level b') from e
def c():
    try:
        b()
    except ValueError:
        raise RuntimeError('level c')
c()
