# int: int.from_bytes with byteorders, signed, iterables and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int.from_bytes(b'\x00\x10', 'big'))
t(lambda: int.from_bytes(b'\x00\x10', 'little'))
t(lambda: int.from_bytes(b'\xff\xff', 'big'))
t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
t(lambda: int.from_bytes(b'\x80', 'big', signed=True))
t(lambda: int.from_bytes(b'', 'big'))
t(lambda: int.from_bytes(b'', 'big', signed=True))
t(lambda: int.from_bytes(b'\x01\x02'))
t(lambda: int.from_bytes([1, 2, 3], 'big'))
t(lambda: int.from_bytes(bytearray(b'\x7f\xff'), 'little'))
t(lambda: int.from_bytes(b'\xff' * 16, 'big'))
t(lambda: int.from_bytes(b'\xff' * 16, 'big', signed=True))
t(lambda: int.from_bytes([256], 'big'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'\x01', 'sideways'))
t(lambda: bool.from_bytes(b'\x01', 'big'))
t(lambda: type(bool.from_bytes(b'\x00', 'big')).__name__)
for n in [0, 1, -1, 300, -300, 2**40 + 5, -(2**40)]:
    b = n.to_bytes(8, 'little', signed=True)
    print(n, b.hex(), int.from_bytes(b, 'little', signed=True) == n)
