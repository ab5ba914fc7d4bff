# SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
a = 1
b = 2
a + b = 3
