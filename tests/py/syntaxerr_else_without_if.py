# SyntaxError: invalid syntax for a stray else.
x = 1
print(x)
else:
    print('no')
