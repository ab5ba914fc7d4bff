# complex: attributes are floats, complex in containers/sets/dicts, bool, and mixed comparisons with ==
z = complex(3, -4)
print(z.real, z.imag, type(z.imag).__name__, z.conjugate().imag, abs(z), bool(0j), bool(0.0 + 1e-300j))
print({1 + 0j, 1, 1.0, True}, {2j: 'a'}[complex(0, 2)], 1j in [1j], [1j, 2j].index(2j))
print(complex(1, 0) == 1, complex(0, 1) == 1j, 1j != 1, (1 + 2j) == (1.0 + 2.0j), 0j == 0, 0j == -0.0)
print(sum([1j, 2j, 3]), [x * 1j for x in range(3)], list(map(abs, [3 + 4j, -5j])))
print(repr(complex('1e-5+1e5j')), repr(complex(1e300, 1e300) * 10), repr(-(0j)), repr(0j * -1))
print(1j.__class__.__name__, complex.__name__, isinstance(1j, complex), isinstance(1, complex))
try:
    z.real = 5
except AttributeError as e:
    print('AttributeError', e)
print((2 + 3j).__add__(1), (2 + 3j).__radd__(1), (1j).__mul__(1j), (1j).__eq__('x'))
