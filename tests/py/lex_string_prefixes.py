# String prefixes: r, b, rb, br, u, R, B and their combinations.
print(r'\n', R'\t', repr(r'a\'b'))
print(b'abc', B'x\x00y', rb'\n', Rb'\d', bR'\s', BR'\w')
print(u'unicode', U'x', type(u'').__name__)
print(len(r'\n'), len('\n'), len(b'\n'), len(rb'\n'))
print(r'\\', len(r'\\'))
print(repr(r'\"'), repr(r"\'"))
print(type(b'').__name__, type(rb'').__name__)
print(b'\xff'[0], b'A'[0])
