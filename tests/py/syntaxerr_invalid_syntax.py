# SyntaxError: invalid syntax for two adjacent names.
print('ok')
x = 1
y = x x
