# float: is_integer, as_integer_ratio (exact binary fractions) and errors for inf/nan
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 1e16, 3.0000000000000004]:
    print(v, v.is_integer(), v.as_integer_ratio())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: (0.5).numerator if hasattr(0.5, 'numerator') else 'no numerator')
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.is_integer(7.0))
print((0.75).__trunc__(), (-0.75).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__())
print(int(2.9), int(-2.9), type((2.5).__floor__()).__name__)
