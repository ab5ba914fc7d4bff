# bytes: isX predicates and case methods only treat ASCII letters/digits specially
samples = [b'', b'abc', b'ABC', b'Abc Def', b'abc123', b'123', b' \t\n\r\x0b\x0c', b'\xe9', b'a_b', b'Hello World', b'\x00']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
print(b'h\xe9llo W\xd6RLD'.upper(), b'h\xe9llo W\xd6RLD'.lower(), b'h\xe9llo w\xd6rld'.title(), b'ABC\xff'.swapcase())
print(b"they're".title(), b'hello world'.capitalize(), b'HELLO'.capitalize())
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'\x00pad\x00'.strip(b'\x00'), b'a b\tc'.split(), b'a\x85b'.split())
