# float: str/repr agreement, float() of repr round trips, __repr__ of subclasses, attributes
vals = [0.1, 1/3, 1e-310, 123.456e78, -9.87654321e-12, 2.0**70, 1e15 + 0.3]
for v in vals:
    print(str(v), repr(v), float(repr(v)) == v, f'{v}', f'{v!r}', '%s' % v, '%r' % v)
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, float))
print(float(), float(0), float('  -3  '), float.__name__, type(1.0) is float)
print(str(1e16), str(1e15), str(1.0e-4), str(0.00001), str(100.0), str(1e22))
print([1.0, 2.5e-8, -0.0], (3.0,), {1.5: 2.0})
print(float.__repr__(1.25), float.__str__(1.25), (1.0).__format__(''), (1.0).__format__('.1f'))
