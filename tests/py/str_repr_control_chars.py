# str: repr of every control character 0x00-0x20 and 0x7f-0xa0, and of quotes/backslashes in context
print([chr(i) for i in range(0x21)])
print([chr(i) for i in range(0x7f, 0xa1)])
print(repr('\\n is not a newline'), repr('tab:\t|'), repr("'"), repr('"'), repr('\'"\\'))
print(repr('\x0b\x0c\x1b\x1c\x1d\x1e\x1f'), repr('\r\n'), repr('a\x00'))
