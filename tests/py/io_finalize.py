# io: Python subclasses of io classes are closed when collected (their close() runs), cycles too
import io, gc
class Noisy(io.StringIO):
    def close(self):
        print('closing', self.getvalue())
        super().close()
n = Noisy('one')
del n
print('after del')
class NoisyRaw(io.RawIOBase):
    def close(self):
        print('raw close, closed before:', self.closed)
        super().close()
r = NoisyRaw()
r = None
print('after None')
def make():
    x = Noisy('cycle')
    x.me = x
make()
gc.collect()
print('after gc')
with Noisy('ctx') as c:
    pass
print(c.closed)
