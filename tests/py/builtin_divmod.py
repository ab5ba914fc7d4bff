# builtin_divmod: divmod() on ints, floats, mixed, bools, big ints, __divmod__/__rdivmod__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (10 ** 20, 7), (-(10 ** 20), 7)]:
    t(lambda: divmod(a, b))
class D:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
t(lambda: divmod(D(), 3))
t(lambda: divmod(3, D()))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1j, 1))
t(lambda: divmod(1))
