# list: indexing and item assignment errors and messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
L = [10, 20, 30]
t(lambda: L[3])
t(lambda: L[-4])
t(lambda: L['0'])
t(lambda: L[1.0])
t(lambda: L[None])
t(lambda: L[True])
t(lambda: L[2**100])
def a1():
    L[3] = 1
def a2():
    L['x'] = 1
def a3():
    L[-4] = 0
t(a1); t(a2); t(a3)
t(lambda: [][0])
t(lambda: L[-3])
class Idx:
    def __index__(self):
        return 1
t(lambda: L[Idx()])
t(lambda: L[Idx():])
