# memoryview: equality with bytes/bytearray/other views, iteration yields ints, slicing views share data
m = memoryview(b'hello')
print(m == b'hello', m == bytearray(b'hello'), m == memoryview(b'hello'), m == b'hellO', m != b'x')
print(list(m), [chr(c) for c in m[1:4]], bytes(m[::-1]), m[-2:].tobytes())
print(len(m[1:1]), m[1:1].tobytes(), m[::2].tolist(), m.obj == b'hello')
ba = bytearray(b'12345')
v = memoryview(ba)[1:4]
ba[2] = ord('X')
print(v.tobytes(), len(v), v[1], bytes(v))
print(b''.join([m[:2], memoryview(b'!')]), b'-'.join([m[0:1], m[4:]]))
print(hash(memoryview(b'ab')) == hash(b'ab'))
try:
    hash(memoryview(bytearray(b'ab')))
except ValueError as e:
    print('ValueError', e)
try:
    m < m
except TypeError as e:
    print('TypeError', e)
