# complex: repr/str forms incl. signed zeros, pure imaginary, inf/nan parts and exponents
vals = [1+2j, 1-2j, 2j, -2j, 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j * 1j,
        complex(1.5, 0), complex(1e20, 1e-5), complex(float('inf'), float('nan')), complex(0, float('-inf')),
        3.5j, complex(2), complex(-1, 1), (1+2j) * 2, 1e16j, complex(1/3, 2/3)]
for v in vals:
    print(repr(v), str(v))
print([1j, -1j], (2+0j,), f'{1+1j}', '%s %r' % (3j, -3j))
print(format(1+2j), format(1+2j, '.2f'), format(1.5-2.25j, '^20'), format(3j, 'e'), format(1+2j, '+.1f'))
print(format(complex(1, 2), ''), format(2j, '10'), format(-0j, 'g'))
