# errmsg: subscripting errors: not subscriptable, indices must be integers, item assignment/deletion
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def sub(obj, key):
    return obj[key]
t(lambda: sub((1), 0))
t(lambda: sub(None, 0))
t(lambda: sub((1.5), 0))
t(lambda: sub(len, 0))
t(lambda: sub({1}, 0))
t(lambda: sub([1], 'a'))
t(lambda: sub((1,), 'a'))
t(lambda: sub('abc', 'a'))
t(lambda: sub(b'abc', 'a'))
t(lambda: sub([1], 1.0))
t(lambda: sub(range(3), 'x'))
t(lambda: sub([1], None))
def s1():
    x = 'abc'
    x[0] = 'z'
def s2():
    x = (1, 2)
    x[0] = 5
def s3():
    x = 5
    x[0] = 1
def s4():
    x = (1,)
    del x[0]
def s5():
    x = None
    del x[0]
def s6():
    x = frozenset()
    x[0] = 1
def s7():
    x = range(3)
    del x[0]
for f in (s1, s2, s3, s4, s5, s6, s7):
    t(f)
