# f-string conversions !r, !s, !a.
s = 'café\n'
print(f'{s!r}')
print(f'{s!s}|')
print(f'{s!a}')
class A:
    def __str__(self): return 'str-A'
    def __repr__(self): return 'repr-A'
a = A()
print(f'{a} {a!s} {a!r} {a!a}')
print(f'{a!r:>10}|')
print(f'{"x"!r:^7}|')
