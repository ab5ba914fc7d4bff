# str_format: !s !r !a conversions combined with specs, for str, numbers and custom objects
class O:
    def __str__(self):
        return 'str-O'
    def __repr__(self):
        return 'repr-Ö'
    def __format__(self, spec):
        return 'fmt-O[' + spec + ']'
o = O()
print('{}'.format(o), '{:abc}'.format(o), '{!s}'.format(o), '{!r}'.format(o), '{!a}'.format(o))
print('{!s:>8}|{!r:<8}|{!a:^12}|'.format(o, o, o))
print('{0!r} {0!s} {0!a}'.format('tab\t'))
print('{0!r} {0!s}'.format(1.5), '{!r:>6}'.format(10))
print(f'{o}', f'{o!s}', f'{o!r}', f'{o!a}', f'{o:spec}', f'{o!s:>7}')
print(repr('{!r}'.format(None)), '{!s:.1}'.format(True))
