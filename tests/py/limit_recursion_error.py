# Deep recursion raises RecursionError, which is catchable; the program continues afterwards.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, 'maximum recursion depth exceeded' in str(e))
print(issubclass(RecursionError, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
