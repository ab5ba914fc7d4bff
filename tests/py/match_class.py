# Class patterns with keyword sub-patterns and positional patterns via __match_args__.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point3(z=z) if z > 0:
            return f'above {z}'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 1, 2), Point(1, 1), 'x']:
    print(where(p))
