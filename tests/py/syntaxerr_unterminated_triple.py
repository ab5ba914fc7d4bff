# SyntaxError: unterminated triple-quoted string literal.
x = 1
s = """starts here
and never
ends
