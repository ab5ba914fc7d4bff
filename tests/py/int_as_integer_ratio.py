# int: as_integer_ratio, numerator/denominator, real/imag, conjugate, is_integer absence
for v in [0, 5, -5, True, 10**30]:
    print(v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print(type(True.as_integer_ratio()[0]).__name__)
print(type(True.numerator).__name__, type(True.real).__name__)
print(hasattr(5, 'is_integer'))
print(int.__name__, int.__qualname__, int.__module__ if hasattr(int, '__module__') else None)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (1234).__round__(-2))
print((1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1))
print(round(123456, -3), round(-5, -1), round(5, 2), round(0, -5))
