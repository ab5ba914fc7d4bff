# str: splitlines with all line boundaries and keepends
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print('one\n\ntwo\n'.splitlines(), 'one\n\ntwo\n'.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n'.splitlines(True), 'x'.splitlines(), '\r\n\r\n'.splitlines())
print('a\n\rb'.splitlines(True), 'no newline'.splitlines(True))
print('line1\nline2\n'.split('\n'), b'a\nb\r\nc\x0bd'.splitlines())
