# Conversion dunders __int__, __float__, __complex__, __round__, __trunc__ and their errors.
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return f'round({n})'
    def __trunc__(self): return 'not used: __int__ wins'
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class Nothing: pass
try:
    float(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
