# Reflected operators are used when the left operand does not support the operation.
class R:
    def _rop(name):
        def f(self, other):
            return f'{name} with left={other!r}'
        return f
    __radd__ = _rop('radd'); __rsub__ = _rop('rsub'); __rmul__ = _rop('rmul')
    __rtruediv__ = _rop('rtruediv'); __rfloordiv__ = _rop('rfloordiv'); __rmod__ = _rop('rmod')
    __rpow__ = _rop('rpow'); __rmatmul__ = _rop('rmatmul'); __rdivmod__ = _rop('rdivmod')
    __rlshift__ = _rop('rlshift'); __rrshift__ = _rop('rrshift')
    __rand__ = _rop('rand'); __ror__ = _rop('ror'); __rxor__ = _rop('rxor')
r = R()
print(1 + r, 'a' - r, [1] * r, 2 / r)
print(3 // r, 4 % r, 5 ** r, 6 @ r)
print(divmod(7, r), 8 << r, 9 >> r)
print(10 & r, 11 | r, 12 ^ r)
print(pow(2, r))
try:
    r + 1
except TypeError as e:
    print(type(e).__name__, e)
