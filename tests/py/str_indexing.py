# str: indexing, negative indexing, index errors and immutability errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'hello'
t(lambda: s[0])
t(lambda: s[-1])
t(lambda: s[4])
t(lambda: s[5])
t(lambda: s[-6])
t(lambda: ''[0])
t(lambda: s[10**30])
t(lambda: s['1'])
t(lambda: s[1.5])
t(lambda: s[None])
t(lambda: s[True])
def assign():
    s[0] = 'H'
def delete():
    del s[0]
t(assign)
t(delete)
t(lambda: type(s[0]).__name__)
t(lambda: s[0][0][0])
t(lambda: [c for c in s])
t(lambda: list(reversed(s)))
t(lambda: s.__getitem__(-2))
