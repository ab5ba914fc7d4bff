# Escape sequences in str and bytes literals, including \N{...}, \u, \U, octal.
print(repr('\a\b\f\n\r\t\v'))
print(repr('\x41\101\0\7'), repr('\1234'))
print('\u00e9', '\U0001F600' == '\N{GRINNING FACE}', '\N{LATIN SMALL LETTER E WITH ACUTE}')
print(ord('\N{EM DASH}'), '\N{DIGIT ONE}')
print(repr(b'\x41\101\n\\'), repr(b'\u00e9'), len(b'\u00e9'))
print(repr('a\
b'))
print(repr('\'"'), repr("\"'"))
print(len('\\N{EM DASH}'), len('\N{EM DASH}'))
print(ascii('\N{SNOWMAN}'), repr('\N{SNOWMAN}'))
