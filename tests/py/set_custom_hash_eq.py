# set: membership of user objects depends on __hash__/__eq__; equal objects collapse; sorted printing
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Pt) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Pt(%d, %d)' % (self.x, self.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
s = {Pt(1, 2), Pt(1, 2), Pt(0, 0), Pt(2, 1)}
print(len(s), sorted(s), Pt(1, 2) in s, Pt(9, 9) in s)
s.discard(Pt(0, 0))
print(sorted(s))
s2 = {Pt(2, 1), Pt(5, 5)}
print(sorted(s & s2), sorted(s | s2), sorted(s - s2))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
class IdHash:
    pass
a = IdHash()
print(len({a, a, IdHash()}), a in {a})
