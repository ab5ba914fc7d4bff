# bytes: comparisons (lexicographic by byte), equality with bytearray, not with str, hash equality
print(b'a' < b'b', b'ab' < b'abc', b'\xff' > b'\x00\xff', b'' < b'\x00', b'abc' == bytearray(b'abc'))
print(b'a' == 'a', b'a' != 'a', bytearray(b'x') == b'x', memoryview(b'x') == b'x')
print(sorted([b'b', b'A', b'a', b'\x80', b'']), max(b'hello'), min(b'hello'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'k' in {b'k'})
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print('TypeError', e)
try:
    b'a' < 1
except TypeError as e:
    print('TypeError', e)
print(b'abc' < bytearray(b'abd'), bytearray(b'b') > b'a')
