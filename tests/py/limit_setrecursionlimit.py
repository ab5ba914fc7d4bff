# sys.setrecursionlimit changes the depth limit; invalid values are rejected.
import sys
old = sys.getrecursionlimit()
print(old >= 100)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
d200 = depth(0)
sys.setrecursionlimit(400)
d400 = depth(0)
print(d200 < d400, 100 < d200 <= 200, 300 < d400 <= 400)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
