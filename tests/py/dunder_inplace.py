# In-place operators use __iadd__ etc.; fallback to __add__ rebinding when absent.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('__iadd__', o)
        self.v += o
        return self
    def __isub__(self, o):
        print('__isub__ returns NotImplemented')
        return NotImplemented
    def __sub__(self, o):
        print('__sub__', o)
        return Acc(self.v - o)
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): return 'imatmul result'
a = Acc(10)
orig = a
a += 5
print(a.v, a is orig)
a -= 3
print(a.v, a is orig)
a *= 4; print(a.v)
a //= 3; print(a.v)
a %= 7; print(a.v)
a **= 2; print(a.v)
a <<= 2; print(a.v)
a >>= 1; print(a.v)
a &= 0xF; print(a.v)
a |= 0x30; print(a.v)
a ^= 0x1; print(a.v)
a /= 2; print(a.v)
a @= 1; print(a)
