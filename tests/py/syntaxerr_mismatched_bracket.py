# SyntaxError: closing parenthesis ']' does not match opening parenthesis '('.
data = (1, 2, 3]
print(data)
