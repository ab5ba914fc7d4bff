# __hash__ result conversions: ints are reduced, non-ints rejected; hash of equal numbers match.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70))
try:
    hash(H('x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(H(1.0))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(None) == hash(None))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
