# with statement with several items, parenthesized form, and exit order.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('c') as c, CM('d') as d,):
    print('body', c, d)
with (CM('e'), CM('f')):
    print('body no as')
try:
    with CM('g'), CM('h'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
with CM('i') as (x):
    print(x)
