# float_format: 'f' and 'F' presentation with precision, width, sign, grouping and zero padding
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in [3.14159, -2.5, 0.0, -0.0, 1234567.891, 0.000123, 1e20, 2.675, 0.5, 1.5, 2.5]:
    for spec in ('f', '.0f', '.1f', '.2f', '10.3f', '<10.1f', '^12.2f', '+.2f', ' .2f', '010.2f', ',.2f', '_.1f'):
        f(v, spec)
f(float('inf'), 'f')
f(float('-inf'), 'F')
f(float('nan'), 'F')
f(float('nan'), '08.2f')
f(1e300, '.2f')
f(-0.0, 'z.1f')
f(-0.001, 'z.1f')
f(-0.001, '.1f')
f(1/3, '.20f')
f(0.1, '.30f')
f(2.5, '#.0f')
f(2.5, '.0f')
