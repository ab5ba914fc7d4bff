# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1.0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0 != 5, 'a' < 'b' <= 'b')
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1] in [[1]], None is None is not False)
print(v(1) == v(1) != v(2) == v(2))
