# int_format: x X o b with and without '#', negative values, and bin/oct/hex builtins
def f(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v in (0, 1, 255, -255, 2**40 + 17):
    for spec in ('x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'd'):
        f(v, spec)
print(bin(-10), oct(-10), hex(-10), hex(0), bin(0), oct(0))
f(255, '#010x')
f(-255, '#010x')
f(5, '#08b')
f(5, '+#x')
f(5, ' #o')
f(True, 'x')
