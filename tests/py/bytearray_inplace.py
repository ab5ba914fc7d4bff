# bytearray: in-place operators keep identity; methods return new objects; comparisons after mutation
ba = bytearray(b'ab')
ident = ba
ba += b'cd'
ba *= 2
print(ba, ba is ident)
ba2 = ba + b'!'
print(ba2 is ba, type(ba2).__name__)
up = ba.upper()
print(up, up is ba, ba)
ba[0:2] = b''
print(ba, ident)
ba.extend(bytearray(b'xy'))
print(ba, len(ba), ba.count(b'c'), ba.find(b'dab'))
ba.reverse()
print(ba, ba == bytearray(b'yxdcbadc'), ba > b'y')
ba.clear()
print(ba, ba == b'', bool(ba))
try:
    ba *= 'x'
except TypeError as e:
    print('TypeError', e)
b = bytearray(b'abc')
b[1] = b'z'[0]
print(b, b.pop(1), b, b.index(99))
