# builtin_format: format() with default spec, on many types, and calling __format__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(42))
t(lambda: format(42, '5'))
t(lambda: format(3.14159, '.2f'))
t(lambda: format('s', '^5'))
t(lambda: format(True))
t(lambda: format(None))
t(lambda: format([1, 2]))
t(lambda: format((1,)))
t(lambda: format(1j, '.1f'))
t(lambda: format(b'x'))
t(lambda: format(b'x', 's'))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
t(lambda: format(F()))
t(lambda: format(F(), 'abc'))
t(lambda: format(F(), 'kw'))
t(lambda: format())
t(lambda: format(1, 'q'))
t(lambda: format(1, None))
t(lambda: format(10 ** 30, ','))
