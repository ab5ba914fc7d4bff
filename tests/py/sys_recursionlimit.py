# sys: getrecursionlimit/setrecursionlimit, RecursionError message, and invalid limits
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
count = 0
def count_depth():
    global count
    count += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print('stopped between 150 and 200:', 150 < count < 200)
for bad in (0, -5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), issubclass(RecursionError, RuntimeError))
