# builtin_pow: pow() with 2 and 3 arguments, keyword names, mixed types, __pow__/__rpow__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: pow(2, 8))
t(lambda: pow(2, -2))
t(lambda: pow(2.5, 2))
t(lambda: pow(-8, 1 / 3).__class__.__name__)
t(lambda: pow(4, 0.5))
t(lambda: pow(7, 2, 5))
t(lambda: pow(7, -1, 5))
t(lambda: pow(base=3, exp=3, mod=5))
t(lambda: pow(2, 3, mod=3))
t(lambda: pow(1j, 2))
t(lambda: pow(2, 3, 4.0))
t(lambda: pow('a', 2))
t(lambda: pow(2))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
t(lambda: pow(P(), 2))
t(lambda: pow(P(), 2, 7))
t(lambda: pow(2, P()))
t(lambda: P() ** 3)
t(lambda: 3 ** P())
t(lambda: pow(2, P(), 5))
