# An uncaught SyntaxError raised by exec() shows the <string> pseudo-file and caret.
print('before exec')
code = 'x = 1\ny = (x +\n'
exec(code)
