# staticmethod and classmethod: calling through class and instance, inheritance, alternate constructors.
class Temp:
    def __init__(self, c): self.c = c
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c): return c > -273.15
class SubTemp(Temp): pass
t = SubTemp.from_f(212)
print(type(t).__name__, t.c, Temp.valid(-300), t.valid(0))
sm = Temp.__dict__['valid']
cm = Temp.__dict__['from_f']
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Temp.valid, callable(sm))
print(Temp.from_f.__self__ is Temp, SubTemp.from_f.__self__ is SubTemp)
print(sm(5))
