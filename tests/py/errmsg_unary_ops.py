# errmsg: "bad operand type for unary" messages and abs()/~ on floats
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in ['s', None, [1], {}, (1,), b'b', {1}, len]:
    t(lambda: -v)
    t(lambda: +v)
    t(lambda: ~v)
t(lambda: ~1.5)
t(lambda: ~1j)
t(lambda: -True)
t(lambda: ~True)
t(lambda: abs('s'))
