# f-string format specs: width, alignment, fill, precision, sign, thousands, types.
x = 3.14159
n = 1234567
print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|')
print(f'{n:,}|{n:_}|{n:>12,}|{n:012d}|')
print(f'{n:x}|{n:X}|{n:#x}|{n:o}|{n:#b}|')
print(f'{-5:+d}|{5:+d}|{5: d}|{-5: d}|')
print(f'{"ab":*^8}|{"ab":-<5}|{"ab":>5}|')
print(f'{0.000123:e}|{0.5:%}|{1e20:g}|')
print(f'{True:d}|{3:5}|{"s":5}|')
