# str: strip/lstrip/rstrip with default whitespace (incl. Unicode spaces) and explicit char sets
for s in ['  hi  ', '\t\n hi \r\x0b\x0c', '\u2003\u00a0hi\u3000', '\x1c\x1dhi\x1e\x1f', 'hi', '', '   ']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixyx'.strip('xy')), repr('xxhixyx'.lstrip('xy')), repr('xxhixyx'.rstrip('xy')))
print(repr('www.example.com'.strip('cmowz.')), repr('abc'.strip('')), repr('abc'.strip(None)))
print(repr('aaa'.strip('a')), repr('\u200bhi\u200b'.strip()), repr('\x00hi\x00'.strip()))
try:
    'abc'.strip(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.lstrip(b'a')
except TypeError as e:
    print('TypeError', e)
