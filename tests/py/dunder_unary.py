# Unary operators: __neg__, __pos__, __invert__, __abs__, and errors for missing ones.
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
class Nothing: pass
for op, fn in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x), ('abs', abs)]:
    try:
        fn(Nothing())
    except TypeError as e:
        print(op, type(e).__name__, e)
print(-True, ~False, +3.5, ~-1)
