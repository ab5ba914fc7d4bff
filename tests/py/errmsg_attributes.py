# errmsg: attribute errors on builtin types: missing attributes, read-only attributes, module/class messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1, 2).append(3))
t(lambda: 'abc'.append('d'))
t(lambda: [].add(1))
t(lambda: {}.append(1))
t(lambda: None.x)
t(lambda: (5).real_part)
t(lambda: int.nope)
t(lambda: list.nope)
t(lambda: type.nope)
t(lambda: len.nope)
import sys
t(lambda: sys.nope)
def ro1():
    (1).real = 5
def ro2():
    [].append = 5
def ro3():
    int.x = 1
def ro4():
    'abc'.upper = None
def ro5():
    del (1).real
for f in (ro1, ro2, ro3, ro4, ro5):
    t(f)
