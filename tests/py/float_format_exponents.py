# float_format: fixed and exponent formatting at extreme magnitudes and high precision
vals = [1e-300, 1e-20, 1.5e-7, 123.456, 1e22, 1.7976931348623157e308]
for v in vals:
    print(format(v, '.3e'), format(v, '.17g'), format(v, '.3g'), format(v, 'g'), format(v, '.1f')[:40], repr(v))
print(format(0.1, '.55f'))
print(format(1e-20, 'f'), format(1e-20, '.25f'))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%.3g|%.3g|%.3g|%.3g' % (0.0001234, 1234.5, 99950, 0.99999))
print('%.10e' % 1 + '|' + '%.1E' % 9.96e-5)
