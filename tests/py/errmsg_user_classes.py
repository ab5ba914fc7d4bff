# errmsg: messages naming user classes: not callable, no len, not iterable, unsupported operands, comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Widget:
    pass
w = Widget()
t(lambda: w())
t(lambda: len(w))
t(lambda: iter(w))
t(lambda: w + 1)
t(lambda: 1 + w)
t(lambda: w < w)
t(lambda: -w)
t(lambda: w[0])
t(lambda: w.attr)
t(lambda: Widget.attr)
t(lambda: hash(w) == hash(w))
t(lambda: abs(w))
t(lambda: int(w))
t(lambda: float(w))
t(lambda: 'x' in w)
t(lambda: [][w])
t(lambda: range(w))
t(lambda: Widget(1))
def setitem():
    w[0] = 1
t(setitem)
def delitem():
    del w[0]
t(delitem)
t(lambda: w ** 2)
t(lambda: divmod(w, 1))
