# namedtuple: fields, defaults, rename, _replace/_asdict/_make, reprs and errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
print(p._replace(y=5), p._asdict(), Point._make([3, 4]))
print(Point(x=10, y=20), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point.__name__, Point.__module__, repr(Point), Point.__new__.__doc__)
x, y = p
print(x + y)
print(Point.__match_args__)
match p:
    case Point(a, b):
        print("matched", a, b)

P3 = namedtuple('P3', 'a, b c', defaults=[7, 8])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '1y'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields)
One = namedtuple('One', 'v')
print(One(5))

class Sub(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f'Sub<{self.x},{self.y}>'
s = Sub(3, 4)
print(s, repr(s), s.norm, s._replace(x=0))

tests = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, z=3),
    lambda: p._replace(z=1),
    lambda: Point._make([1]),
    lambda: namedtuple('1x', 'a'),
    lambda: namedtuple('X', 'a def'),
    lambda: namedtuple('X', 'a _b'),
    lambda: namedtuple('X', 'a a'),
    lambda: namedtuple('X', 'a', defaults=[1, 2]),
    lambda: setattr(p, 'x', 5),
    lambda: p.z,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
