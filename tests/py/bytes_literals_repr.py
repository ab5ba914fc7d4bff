# bytes: literal forms and repr escaping (quotes, control bytes, high bytes), str() of bytes
vals = [b'', b'abc', b"it's", b'say "hi"', b'both \' "', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', rb'\d\n', b'\x41\102C',
        bytes(3), bytes([0, 65, 255]), b'a' b'b', b'\x1b[1m', bytes(range(30, 40))]
for v in vals:
    print(repr(v), str(v), len(v))
print([b'x', b'y'], (b'',), {b'k': b'v'})
print(b'%s' % b'x', b'abc' == b'abc', b'abc' != 'abc', type(b'').__name__)
print(b'abc'.__repr__(), bytes.__name__, b'\xe2\x82\xac'.decode())
