# str: replace with count, empty old string, overlapping patterns, and non-ASCII
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'hello world'.replace('o', '0'))
t(lambda: 'aaaa'.replace('a', 'b', 2))
t(lambda: 'aaaa'.replace('a', 'b', 0))
t(lambda: 'aaaa'.replace('a', 'b', -1))
t(lambda: 'aaaa'.replace('aa', 'x'))
t(lambda: 'aaa'.replace('aa', 'x'))
t(lambda: 'abc'.replace('', '-'))
t(lambda: 'abc'.replace('', '-', 2))
t(lambda: ''.replace('', 'x'))
t(lambda: ''.replace('a', 'x'))
t(lambda: 'abc'.replace('b', ''))
t(lambda: 'abc'.replace('x', 'y'))
t(lambda: 'ünïcödé'.replace('ö', 'oe'))
t(lambda: 'a😀b😀'.replace('😀', ':)'))
t(lambda: 'abc'.replace('a'))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abcabc'.replace('abc', 'abcabc', 1))
