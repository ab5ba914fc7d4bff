# int_format: width, fill, alignment (< > ^ =), sign (+ - space) and zero padding
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in (42, -42, 0):
    for spec in ('5', '<5', '>5', '^5', '=5', '05', '+', '-', ' ', '+5', ' 5', '+05', '*<6', '*>6', '*^6', '*=6', '0=+6', '^+7', '-^7', ''):
        f(v, spec)
f(42, '0<5')
f(42, '0^6')
f(7, 'x<10')
f(7, '{<4')
f(12345, '3')
f(42, '.3')
f(42, '.0d')
