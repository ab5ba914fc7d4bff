# __slots__: allowed attributes, AttributeError for others, no __dict__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
