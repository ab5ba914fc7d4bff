# exctype: UnicodeTranslateError and UnicodeError construction, str formats for single and ranges
e = UnicodeTranslateError('abc\u1234', 3, 4, 'cannot map')
print(str(e), '|', e.object, e.start, e.end, e.reason, e.encoding if hasattr(e, 'encoding') else '')
e2 = UnicodeTranslateError('abcd', 1, 3, 'range')
print(str(e2))
e3 = UnicodeEncodeError('utf-8', 'abc', 1, 3, 'two chars')
print(str(e3))
e4 = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'one byte')
print(str(e4))
u = UnicodeError('generic')
print(str(u), repr(u), u.args)
e5 = UnicodeEncodeError('ascii', 'x', 0, 1, 'r')
e5.start = 5
e5.reason = 'changed'
print(str(e5), e5.start)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__bases__)
