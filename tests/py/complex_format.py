# complex: format specs on complex numbers: empty, f/e/g with precision, width/alignment, sign, errors
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in (1 + 2j, -1.5 - 0.25j, 3j, complex(2, 0), complex(-0.0, -0.0)):
    for spec in ('', '.2f', '.1e', 'g', '.3g', '>20', '<20.1f', '^20', '+', ' .1f', '*>18.2f'):
        f(v, spec)
f(1 + 2j, 'd')
f(1 + 2j, '%')
f(1 + 2j, 'c')
f(1 + 2j, ',.2f')
f(1e20 + 1e-20j, '')
