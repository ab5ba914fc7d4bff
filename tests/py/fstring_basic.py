# Basic f-strings: expressions, method calls, arithmetic, braces escaping.
name = 'World'
n = 42
print(f'Hello, {name}!')
print(f'{n + 1} {n * 2} {n // 5}')
print(f'{name.upper()} {name[1:3]} {len(name)}')
print(f'{{literal}} {{{n}}}')
print(F'upper F {n}')
print(f'{"double quotes inside"}')
print(f"{'single inside'}")
print(f'{[1, 2, 3]} {(1, 2)} {None} {True}')
print(f'{3.0} {1/3} {10**20}')
print(f'')
