# Mutual recursion and recursion in generators also hit the limit; recovery works afterwards.
def a(n): return b(n + 1)
def b(n): return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print('mutual', 'maximum recursion depth exceeded' in str(e))
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print('generator', type(e).__name__)
print(sum(range(10)))
