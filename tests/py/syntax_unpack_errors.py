# Unpacking errors: too many / not enough values, non-iterables.
def attempt(src, **ns):
    try:
        exec(src, ns)
        print('ok', src)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, b = 1")
attempt("a, *b, c = [1]")
attempt("a, b = 'xyz'")
attempt("(a, b), c = [1, 2], 3")
attempt("a, b = None")
attempt("a, = []")
attempt("a, b = iter(range(10))")
