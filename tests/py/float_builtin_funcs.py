# float: builtins on floats: abs, divmod, min/max/sum, sorted with -0.0, bool, complex
print(abs(-2.5), abs(-0.0), abs(float('-inf')))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]), sum([], 0.0), sum([1e100, 1.0, -1e100]))
print(max(1.5, 2), min([3.5, -1.0, 2]), max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([2.5, 1, True, -3.0]))
print(complex(1.5), complex(1.5, -0.0), float.__mul__(2.0, 3), float.__rtruediv__(2.0, 1))
print(1.5.__class__.__name__, (2.0).hex(), float(True) / 3)
print(round(2.5), round(-3.5), round(7.123456789, 4), round(1234.5678, -2))
