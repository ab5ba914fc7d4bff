# Locals of a finished function are released; exceptions holding tracebacks keep frames alive.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    t = T('local in f')
    raise ValueError('x')
try:
    f()
except ValueError:
    print('in handler: traceback keeps the frame alive')
print('handler finished')
def g():
    t = T('local in g')
    return 'returned'
print(g())
