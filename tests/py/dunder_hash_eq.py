# Defining __eq__ without __hash__ makes instances unhashable; explicit __hash__ restores.
class EqOnly:
    def __eq__(self, other): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, other): return isinstance(other, Both) and self.k == other.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)})
class Sub(Both):
    def __eq__(self, other): return False
print(Sub.__hash__)
class Sub2(Both):
    pass
print(Sub2.__hash__ is Both.__hash__)
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
