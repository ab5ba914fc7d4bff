# float: conversions float<->int, overflow and nan/inf errors, __float__ and __index__ hooks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(1e300) % 1000)
t(lambda: int(-1.9999))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: float(2**1023 * 2))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**971))
t(lambda: 2**1024 + 0.5)
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: float('inf').__trunc__())
class F:
    def __float__(self):
        return 2.5
class Bad:
    def __float__(self):
        return 1
class Idx:
    def __index__(self):
        return 3
t(lambda: float(F()))
t(lambda: float(Bad()))
t(lambda: float(Idx()))
t(lambda: [10, 20, 30, 40][Idx()])
L = [1, 2]
t(lambda: L[1.0])
t(lambda: range(3.0))
t(lambda: 'ab' * 2.0)
