# complex: arithmetic with ints/floats, abs, conjugate, real/imag, pow, equality and hashing
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 1 + a, a * 2.5, 2 / a, a ** 2, a ** 0, a ** -1, 1j ** 2)
print(abs(a), abs(-5j), abs(0j), a.conjugate(), a.real, a.imag, type(a.real).__name__)
print(a == 3 + 4j, (1+0j) == 1, (1+0j) == 1.0, 1j == 1, (2+0j) != 2)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(a) == hash(complex(3, 4)))
print(complex(1, 2) * complex(0, 1), (1j).conjugate(), (2+3j).real + (2+3j).imag)
x = 1j
x += 1; print(x)
x *= x; print(x)
x /= 2j; print(x)
print(pow(1+1j, 2), pow(2j, 3), (1+1j) ** 3)
print(True + 1j, 1j * False, (5j).imag.is_integer())
