# float: printf-style % formatting of floats (%f %e %g %r %s %d with floats, flags, precision)
vals = [0.0, -1.5, 3.14159265, 1e16, 1.5e-7, 123456.789, float('inf'), float('nan')]
for v in vals:
    print('%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G|%.3g|%#g|%r|%s' % (v, v, v, v, v, v, v, v, v, v, v, v))
print('%d %i %x' % (3.99, -3.99, 255) if True else '')
print('%05.1f|%+06.2f|% .3f|%#.0f|%.0f|%.0f' % (2.25, -1.5, 2.0, 3.0, 2.5, 3.5))
print('%*.*f|%-*.2f|' % (9, 3, 2.0 / 3, 8, 1.0))
print('%.15g %.17g %.20f' % (0.1, 0.1, 0.1))
print('%e %.0e %#.0e' % (0, 12345, 12345))
try:
    print('%x' % 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%d' % 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%f' % 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%c' % 1.5)
except Exception as e:
    print(type(e).__name__, e)
