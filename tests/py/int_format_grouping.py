# int_format: thousands separators ',' and '_' with decimal, hex, octal, binary and padding
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in (0, 7, 1234, -1234567, 10**12, -999):
    f(v, ',')
    f(v, '_')
f(1234567, '_x')
f(0xdeadbeefcafe, '_x')
f(0xdeadbeefcafe, '#_X')
f(0o7777777, '_o')
f(255, '_b')
f(2**20, '#_b')
f(1234567, '015,')
f(1234567, '016,')
f(-1234567, '015,d')
f(1234567, '>15,')
f(1234567, '*^20_')
f(1234567, ',x')
f(1234567, ',_')
f(1234567, '_,')
f(123456, ',n')
f(1234, '_c')
