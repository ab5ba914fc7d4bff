# Truth testing: __bool__ first, then __len__, default True; error cases.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('__bool__')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('__len__')
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
class Neither: pass
print(bool(B(True)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if not L(0):
    print('empty is falsy')
print('yes' if B(False) else 'no')
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
print(B(True) and 'and-result', L(0) or 'or-result')
