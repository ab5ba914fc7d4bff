# Exceptions propagating out of comprehensions leave the enclosing scope intact.
def check(v):
    if v == 3:
        raise ValueError('bad %d' % v)
    return v
x = 'unchanged'
try:
    r = [check(x) for x in range(5)]
except ValueError as e:
    print(type(e).__name__, e)
print(x)
try:
    {k: 1 / k for k in [2, 1, 0]}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {[i] for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
