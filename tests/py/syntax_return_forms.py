# return forms: bare return, tuple return, return in nested blocks, implicit None.
def a(): return
def b(): return 1, 2
def c(): return (yield_ := 3)
def d():
    pass
def e(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
def f(): return *[1, 2], 3
print(a(), b(), c(), d(), e(3), e(20), f())
