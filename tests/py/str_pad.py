# str: center/ljust/rjust with fill characters, zfill with signs, and padding errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for w in (0, 3, 6, 7, 10):
    print(repr('abc'.center(w)), repr('abc'.ljust(w, '*')), repr('abc'.rjust(w, '-')), repr('ab'.center(w, '.')))
t(lambda: 'a'.center(4))
t(lambda: 'ab'.center(5))
t(lambda: 'abc'.center(6, '😀'))
t(lambda: 'abc'.center(6, 'xy'))
t(lambda: 'abc'.ljust(6, ''))
t(lambda: 'abc'.rjust(-5))
t(lambda: 'abc'.rjust(5.0))
for s in ('42', '-42', '+42', '', '-', 'abc', '3.14', '--1', '+'):
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
