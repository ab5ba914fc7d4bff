# str: str() of objects, str(bytes, encoding, errors), __str__ vs __repr__ fallback and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return 'R'
class Both:
    def __repr__(self):
        return 'R'
    def __str__(self):
        return 'S'
class BadStr:
    def __str__(self):
        return 42
t(lambda: str())
t(lambda: str(123))
t(lambda: str(-1.5))
t(lambda: str([1, 'a']))
t(lambda: str(OnlyRepr()))
t(lambda: str(Both()))
t(lambda: repr(Both()))
t(lambda: str(BadStr()))
t(lambda: str(b'abc'))
t(lambda: str(b'h\xc3\xa9', 'utf-8'))
t(lambda: str(b'h\xe9', 'utf-8'))
t(lambda: str(b'h\xe9', 'utf-8', 'replace'))
t(lambda: str(b'h\xe9', encoding='latin-1'))
t(lambda: str(bytearray(b'xy'), 'ascii'))
t(lambda: str('abc', 'utf-8'))
t(lambda: str(1, 'utf-8'))
t(lambda: str(object=5))
t(lambda: str(b'x', errors='strict'))
t(lambda: str(None))
t(lambda: str(str))
