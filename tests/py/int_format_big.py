# int_format: format specs on huge positive/negative ints: grouping, bases, padding, sign, 'e'/'f'/'%'
n = 2 ** 200 + 12345
m = -(10 ** 60) - 7
for spec in [',', '_', 'x', '#_x', 'o', 'b', '>90', '+,', ' ', '090,', 'e', '.3e', 'g', '.0f', '%']:
    print(repr(spec), format(n, spec)[:100], format(m, spec)[:100])
print(f'{n:=^100_}'[:100])
