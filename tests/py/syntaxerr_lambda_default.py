# SyntaxError: parameter without a default follows parameter with a default in a lambda.
f = lambda a=1, b: a
