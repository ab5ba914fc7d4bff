# str_format: the format mini-language applied to strings: fill, align, width, precision, errors
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ('', '10', '<10', '>10', '^10', '^9', '*^10', '.2', '10.2', '>10.3', '-<8', '0>6', '06', '1', 's', '^1'):
    f('hello', spec)
f('héllo😀', '^11')
f('', '*^4')
f('x', '=5')
f('x', '+5')
f('x', ' ')
f('x', '#')
f('x', ',')
f('x', 'd')
f('x', '.')
f('x', '5.x')
f('x', 'z')
f('x', '.0')
print('{:>{w}.{p}}|{:{fill}{align}{w}}'.format('abcdef', 'z', w=6, p=3, fill='~', align='^'))
print('{0:{1}}'.format('nest', 8) + '|', '{:{}{}}'.format('x', '>', 3))
