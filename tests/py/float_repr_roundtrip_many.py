# float: repr of many generated values (fractions, powers of 2 and 10) is shortest and round-trips
out = []
for i in range(1, 40):
    for d in (3, 7, 9, 11, 13):
        v = i / d
        assert float(repr(v)) == v
        out.append(repr(v))
print(' '.join(out[:60]))
print(' '.join(out[60:]))
print([repr(2.0 ** k) for k in range(-20, 70, 7)])
print([repr(10.0 ** k) for k in range(0, 23, 3)], [repr(float('1e%d' % k)) for k in range(-10, 25, 3)])
print([repr(1.0 / 10 ** k) for k in range(1, 20, 2)])
print([repr(x * 0.1) for x in range(10)])
print([repr(1 - float('1e-%d' % k)) for k in range(1, 18, 2)])
