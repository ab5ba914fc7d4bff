# errmsg: OverflowError messages from index-sized conversions and float conversions
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, (str, list, bytes)) else len(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [0] * 2 ** 63)
t(lambda: 'x' * 2 ** 64)
t(lambda: [1][2 ** 63])
t(lambda: 'abc'[2 ** 100])
t(lambda: bytes(2 ** 63))
t(lambda: range(2 ** 64).__len__())
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 / 3)
t(lambda: int(float('inf')))
t(lambda: round(1e308, -400))
t(lambda: (1).to_bytes(1, 'big') + (300).to_bytes(1, 'big'))
t(lambda: chr(2 ** 31))
t(lambda: 2.0 ** 10000)
t(lambda: 'abc'.center(2 ** 63))
