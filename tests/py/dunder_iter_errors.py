# Iteration protocol errors: non-iterables, __iter__ returning non-iterators.
class NoIter: pass
class BadIter:
    def __iter__(self): return 5
class NoneIter:
    __iter__ = None
for obj in [NoIter(), BadIter(), NoneIter(), 5]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
