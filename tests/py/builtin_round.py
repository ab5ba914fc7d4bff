# builtin_round: round() on ints/floats/bools with ndigits, __round__ hook, and type errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001)])
t(lambda: round(3.14159, 2))
t(lambda: round(3.14159, 0))
t(lambda: round(1234.5, -1))
t(lambda: round(1235, -1))
t(lambda: round(1245, -1))
t(lambda: round(-1250, -2))
t(lambda: round(7, 3))
t(lambda: round(True))
t(lambda: round(True, 2))
t(lambda: type(round(2.5)).__name__)
t(lambda: type(round(2.5, 0)).__name__)
t(lambda: round(10 ** 30 + 5, -1))
class R:
    def __round__(self, nd=None):
        return ('rounded', nd)
t(lambda: round(R()))
t(lambda: round(R(), 3))
t(lambda: round('1.5'))
t(lambda: round(1.5, 'x'))
t(lambda: round(None))
t(lambda: round(float('inf')))
t(lambda: round(number=2.675, ndigits=2))
