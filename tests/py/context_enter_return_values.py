# The as-target is __enter__'s return value, not the manager; tuple targets unpack it.
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return None
with Pair() as (a, b):
    print(a, b)
class Self:
    def __enter__(self): return self
    def __exit__(self, *a): pass
m = Self()
with m as x:
    print(x is m)
class Nothing:
    def __enter__(self): pass
    def __exit__(self, *a): pass
with Nothing() as n:
    print(n)
d = {}
with Pair() as d['k']:
    pass
print(d)
