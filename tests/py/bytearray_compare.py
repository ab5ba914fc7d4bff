# bytearray: comparisons, result types of operations mixing bytes and bytearray, unhashability
a = bytearray(b'abc')
b = b'abc'
print(a == b, b == a, a is not b, a < b'abd', a + b, b + a, type(a + b).__name__, type(b + a).__name__)
print(type(a[0:1]).__name__, type(a * 2).__name__, type(b''.join([a])).__name__, type(bytearray(b'-').join([b, b])).__name__)
print(a.replace(b'b', b'B'), type(a.replace(b'b', b'B')).__name__, a)
print(list(a), a.count(b'a'), a.find(b'c'), b'b' in a, 98 in a)
try:
    {a: 1}
except TypeError as e:
    print('TypeError', e)
try:
    set([a])
except TypeError as e:
    print('TypeError', e)
print(sorted([bytearray(b'b'), bytearray(b'a')]), bytes(a) == a, bytearray(a) is a)
