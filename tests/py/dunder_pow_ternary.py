# pow() with three arguments uses __pow__(other, mod); __rpow__ is not tried for 3-arg pow.
class P:
    def __pow__(self, other, mod=None):
        return f'pow({other}, mod={mod})'
    def __rpow__(self, other, mod=None):
        return f'rpow({other}, mod={mod})'
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(3, 4, 5), pow(2, -1, 7))
