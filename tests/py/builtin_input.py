# builtin_input: with stdin at EOF, input() raises EOFError; the prompt is written to stdout first
try:
    line = input()
    print('got', repr(line))
except EOFError as e:
    print('EOFError', repr(str(e)), e.args)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError again:', e)
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
