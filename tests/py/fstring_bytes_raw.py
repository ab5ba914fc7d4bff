# Raw f-strings (rf / fr) keep backslashes; f-strings cannot be bytes.
x = 'v'
print(rf'\n{x}\t', fr'\d{x}', Rf'{x}\\', fR'{x}\x')
try:
    compile("bf'x'", '<s>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(f'{x}\n'.count('\n'))
print(f'\x41{x}\u0042')
