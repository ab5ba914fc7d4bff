# int: int() from floats (truncation), bools, objects with __int__/__index__, and subclasses
class I:
    def __index__(self):
        return 7
class J:
    def __int__(self):
        return 9
class Sub(int):
    pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int())
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(-0.0))
t(lambda: int(True))
t(lambda: int(I()))
t(lambda: int(J()))
t(lambda: int(Sub(5)))
t(lambda: type(int(Sub(5))).__name__)
t(lambda: Sub(5) + 1)
t(lambda: type(Sub(5) + 1).__name__)
t(lambda: repr(Sub(12)))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: int('7', I()))
t(lambda: int(1e300) == 10**300)
t(lambda: int(2.5e-3))
t(lambda: isinstance(True, int))
t(lambda: int.__new__(Sub, 3) + 0)
