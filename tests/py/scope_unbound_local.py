# UnboundLocalError when a local is read before assignment.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def d():
    z = 1
    del z
    return z
try:
    d()
except UnboundLocalError as e:
    print(type(e).__name__, e)
