# str: maketrans (1, 2 and 3 args) and translate incl. deletion, str values, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tbl = str.maketrans('abc', 'xyz')
print(sorted(tbl.items()))
t(lambda: 'aabbcc-abc'.translate(tbl))
tbl2 = str.maketrans('ab', 'AB', 'c!')
print(sorted(tbl2.items()))
t(lambda: 'abc!abc?'.translate(tbl2))
tbl3 = str.maketrans({'a': 'alpha', 'b': None, 'c': 100, 0x64: 'D'})
print(sorted(tbl3.items()))
t(lambda: 'abcd'.translate(tbl3))
t(lambda: 'hello'.translate({ord('l'): 'L', ord('o'): ''}))
t(lambda: 'hello'.translate({}))
t(lambda: 'héllo'.translate({0xe9: 'e'}))
t(lambda: 'abc'.translate({97: 3.5}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: str.maketrans('ab', 'x'))
t(lambda: str.maketrans({'ab': 'x'}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans('a'))
class Tbl:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
t(lambda: 'abx'.translate(Tbl()))
