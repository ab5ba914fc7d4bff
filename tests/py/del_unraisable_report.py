# The default report of exceptions raised in weakref callbacks, __del__ and at exit (on stderr):
# "Exception ignored in: <repr>", the traceback, and "Type: message" (": " even when empty).
import weakref, gc
class Callback:
    def __init__(self, exc): self.exc = exc
    def __repr__(self): return '<callback raising %s>' % type(self.exc).__name__
    def __call__(self, ref): raise self.exc
class T: pass
for exc in (KeyError(), ValueError('with message'), KeyboardInterrupt()):
    t = T()
    w = weakref.ref(t, Callback(exc))
    del t
    print('after', type(exc).__name__)
c = T()
c.me = c
w = weakref.ref(c, Callback(RuntimeError()))
del c
gc.collect()
print('after collection')
print('end')
