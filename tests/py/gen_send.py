# send() delivers values into the generator; first send must be None.
def acc():
    total = 0
    while True:
        v = yield total
        print('received', v)
        if v is None:
            break
        total += v
    return total
g = acc()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send(10))
print(g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
def echo():
    x = yield
    while True:
        x = yield x * 2
e = echo()
next(e)
print(e.send(1), e.send(5), next(e) if False else e.send(21))
e.close()
