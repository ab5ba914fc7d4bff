# str_format: nested replacement fields in specs, objects with __format__, and format() builtin
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
class NoFormat:
    def __repr__(self):
        return 'NF'
t(lambda: '{:{width}.{prec}f}'.format(3.14159, width=10, prec=2))
t(lambda: '{0:{1}{2}}'.format(42, '>', 6))
t(lambda: '{:{}}'.format(5, '03'))
t(lambda: '{}'.format(Money(3)))
t(lambda: '{:.0f}'.format(Money(2.5)))
t(lambda: format(Money(1), ''))
t(lambda: f'{Money(7):>8}')
t(lambda: '{}'.format(NoFormat()))
t(lambda: '{:>5}'.format(NoFormat()))
t(lambda: '{!r:>5}'.format(NoFormat()))
t(lambda: '{:{:{}}}'.format(1, 2, 3))
t(lambda: '{0:{a}}'.format(1, a='{b}'))
class BadFormat:
    def __format__(self, spec):
        return 5
t(lambda: format(BadFormat()))
t(lambda: format(1, 2))
t(lambda: format([1, 2], ''))
t(lambda: format([1, 2], 's'))
t(lambda: format(object(), 'x'))
t(lambda: type(format(object(), '')).__name__)
