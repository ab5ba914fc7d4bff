# float: float(str) parsing incl. inf/nan spellings, underscores, whitespace, exponents
def t(s):
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['1.5', '  1_0.5 ', '-0', '+.5', '5.', '1e5', '1E-5', '-1.5e+3', 'inf', '-Infinity', '+INF', 'iNfInItY',
          'nan', '-NaN', '0.1', '1e400', '-1e400', '1e-400', '1_000.000_1', '\t3.25\n', '00012', '0x10',
          '1e', 'e5', '.', '', ' ', '1.2.3', '1__0', '_1', '1_', 'infinit', 'nan1', '1e5.0', '١٫٥', '١.٥', '12 3', '--1']:
    t(s)
print(float(b'2.5'), float(bytearray(b' 7 ')), float(True), float(10**20), float(-3))
for bad in [None, [1.0], 'x' * 3, 1j]:
    try:
        float(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except Exception as e:
    print(type(e).__name__, e)
