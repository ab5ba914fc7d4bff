# Multi-line f-strings: triple-quoted with expressions and expressions spanning lines.
a, b = 3, 4
s = f'''
sum: {a + b}
product: {a * b}
'''
print(s)
t = f"""{
    a
    +
    b
}"""
print(t)
u = (f'{a}'
     f'{b}'
     'plain')
print(u)
