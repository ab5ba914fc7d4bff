# bytes: count/index with int arguments, iteration to ints, bytes of ints via list, len, reversed
b = b'abracadabra'
print(b.count(97), b.count(b'a'), b.index(98), b.rindex(b'a'), b.find(b'cad'), b.find(999 % 256))
print(list(b[:4]), list(reversed(b'abc')), len(b), b[1:4] * 2, bytes(reversed(b)))
print(b.split(b'a'), b.upper().lower() == b, b.isascii(), b'\x80'.isascii())
print(int.from_bytes(b[:2], 'big'), b[:2].hex(), sum(b'\x01\x02\x03'))
try:
    b.count(300)
except ValueError as e:
    print('ValueError', e)
try:
    b.index(b'zz')
except ValueError as e:
    print('ValueError', e)
print(b'abc'.ljust(6, b'.'), b'%03d' % 7, bytes.maketrans(b'a', b'b')[97])
