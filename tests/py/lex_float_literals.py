# Float literals: exponents, leading/trailing dots, underscores.
print(1.5, .5, 5., 1e3, 1E-3, 1.5e+2, 0e0)
print(1_000.000_1, 1_0e1_0)
print(3.14_15, 0.1 + 0.2)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 1.7976931348623157e308)
print(type(1e0).__name__, 1e16, 1e15, 123456789.123456789)
print(0.0, -0.0, 1.0 / 3)
print(00.5, 09.5, 007e1)
