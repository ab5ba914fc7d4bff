# builtin_chr_ord: chr()/ord() round trips and range errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for cp in [0, 9, 65, 127, 128, 255, 256, 0x20ac, 0xd800, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(1.5))
t(lambda: chr('a'))
t(lambda: chr(2 ** 64))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(1))
t(lambda: ord(b'A'))
t(lambda: ord(bytearray(b'z')))
t(lambda: ord(b'AB'))
t(lambda: ord('😀'))
t(lambda: chr(True))
