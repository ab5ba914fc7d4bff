# str: ascii() escapes non-ASCII with \x, \u, \U; of containers and other objects
for v in ['abc', 'é', '€', '😀', 'a\nb', "it's", '\x7f\x80', '\u00ff\u0100', '\U0001F600x']:
    print(ascii(v))
print(ascii(['é', 1, 2.5, None]), ascii({'ключ': 'значение'}), ascii(('ß',)))
print(ascii(b'\xff'), ascii(1), ascii(True), ascii(len))
class A:
    def __repr__(self):
        return 'A(ü)'
print(ascii(A()), repr(A()), ascii([A()]))
print(ascii('') == "''", len(ascii('😀')))
