# Imaginary literals and complex arithmetic from literals.
print(1j, 2.5j, 1e2j, 0j, 1_0j)
print(3 + 4j, (3 + 4j) * 1j, abs(3 + 4j))
print(type(1j).__name__, (1j).real, (1j).imag)
print(-1j, 1 - 1j, 0.5J)
print(1j * 1j, (2j) ** 2)
print(010j, 1.j, .5j)
