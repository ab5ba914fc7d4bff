# str_format: format() of str subclasses, __format__ on subclasses, and str.format with many argument kinds
class Name(str):
    def __format__(self, spec):
        return 'Name<' + super().__format__(spec) + '>'
class Plain(str):
    pass
print('{}'.format(Name('ann')), '{:>6}'.format(Name('bob')), format(Plain('p'), '^5'), f'{Plain("q")!r}')
print('{0}{1}{0}'.format('ab', 'cd'), '{a[0]}{a[1]}'.format(a='xy'), '{0.real}+{0.imag}j'.format(3 + 4j))
print('{:d} {:s} {:5}|'.format(1, 'a', Plain('z')))
print('{:%}'.format(0.125), '{:,d}'.format(-1234567), '{:#o}'.format(8), '{:c}'.format(9731))
print('{!r:^10}|{!s:*<6}|'.format('é', 12))
print('{0:{1}.{2}f}|{0:.{2}e}'.format(3.14159, 10, 3))
print('%s and {}'.format('braces') % 'percent')
