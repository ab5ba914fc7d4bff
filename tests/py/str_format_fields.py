# str_format: positional, keyword, auto numbering, attribute and index fields, and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'P()'
p = P()
t(lambda: '{} {} {}'.format(1, 2, 3))
t(lambda: '{0} {2} {1} {0}'.format('a', 'b', 'c'))
t(lambda: '{name} is {age}'.format(name='Bob', age=5))
t(lambda: '{0.x} {0.y[1]} {p.y[0]}'.format(p, p=p))
t(lambda: '{0[0]} {0[1]}'.format('ab'))
t(lambda: '{d[key]} {d[3]}'.format(d={'key': 'v', 3: 'int-key', '3': 'str-key'}))
t(lambda: '{0[-1]}'.format([1, 2]))
t(lambda: '{0[ a ]}'.format({' a ': 'spaces'}))
t(lambda: '{} {1}'.format(1, 2))
t(lambda: '{0} {}'.format(1, 2))
t(lambda: '{0.nope}'.format(p))
t(lambda: '{0[5]}'.format([1]))
t(lambda: '{0[x]}'.format([1]))
t(lambda: '{0.}'.format(p))
t(lambda: '{0[}'.format(p))
t(lambda: '{!r}'.format('x'))
t(lambda: '{0!s:>5}|{0!r:>5}|{0!a}'.format('é'))
t(lambda: '{0!}'.format(1))
t(lambda: '{0!rr}'.format(1))
t(lambda: '{:{}}|'.format('ab', 4))
