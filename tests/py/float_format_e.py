# float_format: 'e' and 'E' presentation: exponent digits, precision, alternate form, huge/small values
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 12345.678, -0.000123, 1e100, 1.5e300, 5e-324, 9.999, 0.5]:
    for spec in ('e', 'E', '.0e', '#.0e', '.2e', '15.3e', '+.1e', '010.1e', '<12.2E'):
        f(v, spec)
f(float('inf'), 'e')
f(float('nan'), 'E')
f(1e-100, '.3e')
f(123456789, 'e')
f(1.25, '.1e')
f(1.35, '.1e')
