# SyntaxError: 'continue' not properly in loop.
x = 0
continue
