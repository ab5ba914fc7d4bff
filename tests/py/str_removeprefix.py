# str: removeprefix and removesuffix, which remove at most one occurrence
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'TestCase'.removeprefix('Test'))
t(lambda: 'TestTest'.removeprefix('Test'))
t(lambda: 'Case'.removeprefix('Test'))
t(lambda: 'abc'.removeprefix(''))
t(lambda: 'abc'.removeprefix('abc'))
t(lambda: 'abc'.removeprefix('abcd'))
t(lambda: 'file.tar.gz'.removesuffix('.gz'))
t(lambda: 'file.gz.gz'.removesuffix('.gz'))
t(lambda: 'file'.removesuffix('.gz'))
t(lambda: 'abc'.removesuffix(''))
t(lambda: ''.removesuffix('x'))
t(lambda: 'abc'.removeprefix(('a',)))
t(lambda: 'abc'.removesuffix(None))
t(lambda: '😀x😀'.removesuffix('😀'))
