# str: Unicode code points: len of astral chars, ord/chr round trips, escapes, combining chars, surrogates
s = 'a\u00e9\u20ac\U0001F600\U00010348'
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(s == 'aé€😀𐍈', s[3], s[-1], len('😀' * 3), '😀' < '\uffff', '\uffff' < '😀')
print(len('e\u0301'), 'e\u0301' == '\u00e9', ascii('e\u0301'))
print('\N{GREEK SMALL LETTER ALPHA}', '\N{SNOWMAN}', '\x41\101\u0041\U00000041')
print(len('\ud83d\ude00'), '\ud83d\ude00' == '😀', repr('\ud800'), repr('\udfff'))
print(chr(0x10FFFF) == '\U0010FFFF', len(chr(0x10FFFF)), ord(max('abc😀')), min('😀€é'))
print([c for c in 'añ😀'], list(map(ord, '€')), 'é'.encode(), '😀'.encode('utf-8'), '😀'.encode('utf-16-le'))
print(sorted(['b', 'á', 'a', 'Z', '😀', '~', 'é']))
print('\x00' in 'a\x00b', len('\x00\x00'), repr('a\0b'))
