# Carets under a failing call inside an expression; multi-frame with carets in each.
def divide(a, b):
    return a / b
def compute(values):
    return [divide(v, v - 2) for v in values]
print(compute([4, 3]))
result = compute([1, 2, 3]) + [1]
