# errmsg: ValueError/TypeError messages from numeric conversions of strings and other objects
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int('x'))
t(lambda: int('3.0'))
t(lambda: int(''))
t(lambda: int('12', 2))
t(lambda: float('abc'))
t(lambda: float(''))
t(lambda: complex('1+'))
t(lambda: int([]))
t(lambda: float({}))
t(lambda: complex([]))
t(lambda: int(float('nan')))
t(lambda: int(float('inf')))
t(lambda: chr(-5))
t(lambda: ord('too long'))
t(lambda: bytes([300]))
t(lambda: bytes('abc'))
t(lambda: range(1.0))
L = [1, 2, 3]
t(lambda: L[1.5])
t(lambda: 'abc'.index('z'))
t(lambda: [1].index(2))
t(lambda: (1,).index(2))
t(lambda: 'abc' * 1.5)
