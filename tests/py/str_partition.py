# str: partition and rpartition, incl. missing separator and empty separator error
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'key=value=x'.partition('='))
t(lambda: 'key=value=x'.rpartition('='))
t(lambda: 'novalue'.partition('='))
t(lambda: 'novalue'.rpartition('='))
t(lambda: ''.partition('x'))
t(lambda: 'abc'.partition('abc'))
t(lambda: 'a::b::c'.partition('::'))
t(lambda: 'a::b::c'.rpartition('::'))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.rpartition(''))
t(lambda: 'abc'.partition(None))
t(lambda: 'π=3.14'.partition('='))
