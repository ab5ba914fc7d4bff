# f-string syntax errors reported by compile().
cases = ["f'{}'", "f'{'", "f'}'", "f'{a!x}'", "f'{a!}'", "f'{\\'a\\'}'", "f'{#}'", "f'{a b}'", "f'{)}'"]
for src in cases:
    try:
        compile(src, '<fs>', 'eval')
        print('compiled', src)
    except SyntaxError as e:
        print(src, '->', e.msg)
