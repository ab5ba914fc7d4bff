# Default equality is identity; __eq__ override; != derived from __eq__.
class Plain: pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p2)
class Val:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
print(Val(1) == Val(1), Val(1) != Val(1), Val(1) != Val(2), Val(1) == 1)
print(Val(3) in [Val(1), Val(3)], [Val(1)].index(Val(1)), [Val(2), Val(2)].count(Val(2)))
print(Val(1) == None, None == Val(1))
