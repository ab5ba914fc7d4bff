# Carets for an expression spanning several lines only mark the first line.
def f(a, b, c):
    return a + b + c
result = f(1,
           2,
           None)
