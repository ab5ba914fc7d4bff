# SyntaxError: invalid character (a Unicode quote) in identifier position.
x = 1
print(“hello”)
