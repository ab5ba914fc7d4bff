# float_format: 'g', 'G', 'n' and the empty presentation type: switch to exponent, trailing zeros, '#'
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in [0.0, 1.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e16, 1e-7, 3.14159265, -2.5e-10, 1e100]:
    for spec in ('g', 'G', '.3g', '#g', '#.3g', '.0g', '', '.3', '.10', '#', 'n'):
        f(v, spec)
f(float('inf'), 'G')
f(float('nan'), 'g')
f(float('-inf'), '')
f(123.0, '.2')
f(1e16, '')
f(1e15, '')
f(1e16, 'g')
f(100.0, '.0')
