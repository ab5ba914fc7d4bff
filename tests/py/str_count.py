# str: count of substrings: non-overlapping, empty string counts, ranges
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'banana'.count('a'))
t(lambda: 'banana'.count('an'))
t(lambda: 'banana'.count('ana'))
t(lambda: 'aaaa'.count('aa'))
t(lambda: 'banana'.count(''))
t(lambda: ''.count(''))
t(lambda: 'banana'.count('a', 2))
t(lambda: 'banana'.count('a', 2, 4))
t(lambda: 'banana'.count('a', -2))
t(lambda: 'banana'.count('', 2, 4))
t(lambda: 'banana'.count('', 10))
t(lambda: 'banana'.count('z'))
t(lambda: 'banana'.count())
t(lambda: 'banana'.count(None))
t(lambda: 'ééé'.count('é'))
