# str: str.format and str.format_map basics, with dict subclasses providing __missing__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '{} {}'.format('a', 'b'))
t(lambda: '{1} {0} {1}'.format('a', 'b'))
t(lambda: '{x}-{y}'.format(x=1, y=2))
t(lambda: '{x}-{y}'.format_map({'x': 1, 'y': 2}))
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
t(lambda: '{a} {b}'.format_map(D(a='A')))
t(lambda: '{a}'.format_map({}))
t(lambda: '{0}'.format_map({'0': 'zero'}))
t(lambda: '{}'.format_map({}))
t(lambda: '{}'.format())
t(lambda: '{} {}'.format(1))
t(lambda: '{5}'.format(1))
t(lambda: '{x}'.format(1))
t(lambda: 'no fields'.format(1, 2, x=3))
t(lambda: '{{}} {{{}}}'.format(7))
t(lambda: '{'.format())
t(lambda: '}'.format())
t(lambda: '{0!x}'.format(1))
