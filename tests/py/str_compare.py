# str: lexicographic comparisons by code point, equality, and comparison errors with other types
pairs = [('a', 'b'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('Z', 'a'), ('é', 'z'), ('😀', '\uffff'), ('abc', 'abc'), ('B', 'aa')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print('a' == 'a' * 1, 'ab' == 'a' + 'b', 'x' != b'x', 'x' == ['x'], '1' == 1)
print(max(['apple', 'Banana', 'cherry']), min('hello'), sorted('hello'), sorted(['b', 'A', 'a', 'B']))
for op in ('<', '>=',):
    try:
        eval("'a' " + op + " 1")
    except TypeError as e:
        print('TypeError', e)
try:
    'a' < None
except TypeError as e:
    print('TypeError', e)
try:
    [1] < 'a'
except TypeError as e:
    print('TypeError', e)
print(('a', 1) < ('a', 2), ('a', 1) < ('b', 'x'))
