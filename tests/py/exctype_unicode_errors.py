# exctype: UnicodeDecodeError/UnicodeEncodeError from real codec failures: attributes and messages
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(str(e))
    print(e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(str(e))
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    'x€€€y'.encode('latin-1')
except UnicodeEncodeError as e:
    print(str(e))
    print(e.start, e.end)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(str(e), e.start, e.end)
e = UnicodeDecodeError('ascii', b'\x80\x81', 0, 2, 'custom reason')
print(str(e), repr(e.object), e.args)
e = UnicodeEncodeError('ascii', '\u1234', 0, 1, 'nope')
print(str(e), e.args)
print(issubclass(UnicodeDecodeError, ValueError), isinstance(e, UnicodeError))
try:
    UnicodeDecodeError('ascii')
except TypeError as err:
    print('TypeError', err)
