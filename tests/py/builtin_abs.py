# builtin_abs: abs() of ints, floats, complex, bools, big ints, __abs__ and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: abs(-5))
t(lambda: abs(5))
t(lambda: abs(-0))
t(lambda: abs(-2.5))
t(lambda: abs(-0.0))
t(lambda: abs(float('-inf')))
t(lambda: abs(3 + 4j))
t(lambda: abs(-1j))
t(lambda: abs(True))
t(lambda: abs(False))
t(lambda: abs(-10 ** 50))
t(lambda: abs(-2 ** 63))
class A:
    def __abs__(self):
        return 'custom abs'
t(lambda: abs(A()))
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: abs([1]))
t(lambda: abs())
t(lambda: abs(1, 2))
