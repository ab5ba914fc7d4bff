# SyntaxError inside an f-string: empty expression.
name = 'x'
print(f'hello {}')
