# Nested replacement fields inside format specs.
width = 10
prec = 3
value = 2.718281828
print(f'{value:{width}.{prec}f}|')
print(f'{value:>{width}}|')
align = '^'
fill = '*'
print(f'{"mid":{fill}{align}{width}}|')
spec = '08.2f'
print(f'{value:{spec}}|')
print(f'{"x":{"<" if width > 5 else ">"}{width // 2}}|')
