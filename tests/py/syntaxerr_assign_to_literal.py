# SyntaxError: cannot assign to literal.
x = 1
1 = x
