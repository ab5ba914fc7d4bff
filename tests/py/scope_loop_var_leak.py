# For-loop variables leak into the enclosing scope; with-as too.
for i in range(3):
    pass
print(i)
for k in []:
    pass
print('k' in dir())
class CM:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return False
with CM() as w:
    pass
print(w)
for a, (b, c) in [(1, (2, 3))]:
    pass
print(a, b, c)
if (n := 5) > 0:
    pass
print(n)
