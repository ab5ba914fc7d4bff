# Every binary arithmetic dunder is dispatched with the right operands.
class V:
    def __init__(self, n): self.n = n
    def _op(name):
        def f(self, other):
            o = other.n if isinstance(other, V) else other
            return f'{name}({self.n}, {o})'
        return f
    __add__ = _op('add'); __sub__ = _op('sub'); __mul__ = _op('mul')
    __truediv__ = _op('truediv'); __floordiv__ = _op('floordiv'); __mod__ = _op('mod')
    __pow__ = _op('pow'); __matmul__ = _op('matmul'); __divmod__ = _op('divmod')
    __lshift__ = _op('lshift'); __rshift__ = _op('rshift')
    __and__ = _op('and'); __or__ = _op('or'); __xor__ = _op('xor')
a, b = V(1), V(2)
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b, a @ b)
print(divmod(a, b), a << b, a >> b)
print(a & b, a | b, a ^ b)
print(pow(a, 3), a + 10)
