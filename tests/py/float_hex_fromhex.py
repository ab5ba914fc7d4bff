# float: hex() and float.fromhex() round trips, formats and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
t(lambda: float.fromhex('0x1.8p1'))
t(lambda: float.fromhex('0X1P-2'))
t(lambda: float.fromhex('  -0x.8p0  '))
t(lambda: float.fromhex('1.8'))
t(lambda: float.fromhex('ff'))
t(lambda: float.fromhex('0x1p1024'))
t(lambda: float.fromhex('0x1p-1080'))
t(lambda: float.fromhex('inf'))
t(lambda: float.fromhex('-Infinity'))
t(lambda: float.fromhex('nan'))
t(lambda: float.fromhex('0x1.fffffffffffffp1023'))
t(lambda: float.fromhex('0xg'))
t(lambda: float.fromhex(''))
t(lambda: float.fromhex('0x1p'))
t(lambda: float.fromhex(1.0))
