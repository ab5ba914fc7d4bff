# yield as an expression in various positions: arguments, operands, parenthesized.
def g():
    a = (yield 1) + (yield 2)
    print('a =', a)
    b = [(yield 'list1'), (yield 'list2')]
    print('b =', b)
    print('call', (yield 'arg'))
    x = yield
    print('x =', x)
gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
print(gen.send('p'))
print(gen.send('q'))
print(gen.send('argv'))
try:
    gen.send('last')
except StopIteration:
    print('stopped')
