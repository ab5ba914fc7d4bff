# bytes: constructors bytes(int), bytes(iterable), bytes(str, enc), bytes(buffer) and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytes())
t(lambda: bytes(5))
t(lambda: bytes(0))
t(lambda: bytes(-1))
t(lambda: bytes([104, 105]))
t(lambda: bytes((x for x in range(3))))
t(lambda: bytes(range(250, 256)))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes([1.0]))
t(lambda: bytes('abc'))
t(lambda: bytes('abc', 'ascii'))
t(lambda: bytes('é', 'utf-8'))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes('é', 'ascii', 'ignore'))
t(lambda: bytes(b'copy'))
t(lambda: bytes(bytearray(b'ba')))
t(lambda: bytes(memoryview(b'mv')))
t(lambda: bytes(5, 'utf-8'))
t(lambda: bytes(None))
t(lambda: bytes(1.5))
t(lambda: bytes.fromhex('41 42 43'))
t(lambda: bytes([True, False]))
class B:
    def __bytes__(self):
        return b'from __bytes__'
class BadB:
    def __bytes__(self):
        return 'str'
t(lambda: bytes(B()))
t(lambda: bytes(BadB()))
class I:
    def __index__(self):
        return 2
t(lambda: bytes(I()))
t(lambda: bytes([I()]))
