# bytes: replace/count/find edge cases: empty patterns, counts, overlapping, ranges, single ints
b = b'aaaa'
print(b.replace(b'a', b'b', 2), b.replace(b'aa', b'x'), b.replace(b'', b'-'), b.replace(b'', b'-', 2), b''.replace(b'', b'x'))
print(b.count(b'aa'), b.count(b''), b.count(b'a', 1, 3), b.count(97), b'abcabc'.count(b'bc', -3))
print(b'abcabc'.find(b'c', 3), b'abcabc'.rfind(b'a', 0, 3), b'abc'.find(b''), b'abc'.rfind(b''), b'abc'.find(b'', 4))
print(b'abc'.index(99), b'hello'.rindex(b'l'), b'a-b-c'.split(b'-', 1), b'a-b-c'.rsplit(b'-', 1))
print(b'x'.join([]), b', '.join([b'a']), b'abc'.replace(b'b', bytearray(b'BB')), bytearray(b'abc').replace(b'b', b''))
try:
    b.replace(b'a')
except TypeError as e:
    print('TypeError', e)
try:
    b'abc'.split(b'')
except ValueError as e:
    print('ValueError', e)
