# builtin_type: type() with one argument and three-argument class creation, and its errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [type(x).__name__ for x in (1, 1.0, 'a', b'b', [], (), {}, set(), None, True, len, type, 1j, range(1), ...)])
t(lambda: type(type) is type)
t(lambda: type(object) is type)
Point = type('Point', (), {'x': 0, 'describe': lambda self: 'Point at %d' % self.x})
p = Point()
p.x = 3
t(lambda: p.describe())
t(lambda: (Point.__name__, Point.__bases__, Point.__module__))
Sub = type('Sub', (Point,), {})
t(lambda: (Sub.__mro__[1].__name__, Sub().describe(), issubclass(Sub, Point)))
IntLike = type('IntLike', (int,), {'double': lambda self: self * 2})
t(lambda: IntLike(21).double())
t(lambda: type('A', (), {}).__qualname__)
t(lambda: type())
t(lambda: type('A', ()))
t(lambda: type(1, (), {}))
t(lambda: type('A', 1, {}))
t(lambda: type('A', (), 1))
t(lambda: type('A', (1,), {}))
t(lambda: type('A', (bool,), {}))
t(lambda: type(1, 2, 3, 4))
