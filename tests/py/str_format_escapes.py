# str_format: doubled braces, braces inside specs, and literal text edge cases
print('{{}}'.format(), '{{0}}'.format(1), '{{{0}}}'.format(1), '{{{{}}}}'.format())
print('a{{b}}c{}'.format('!'), '{}{{'.format(1), '}}{}'.format(2))
print('{0:}'.format('empty spec'), '{0:%}'.format(0.5))
print('{:>{}}'.format('r', 3), '{!r:{}}'.format('q', 5))
for bad in ['{', '}', 'a{b', 'a}b', '{0', '{0:', '{:{', '{0!', '{0!r', '{}}']:
    try:
        print(repr(bad.format(1)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
