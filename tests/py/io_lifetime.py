# io: io objects support weak references and die with their last reference (files are closed then)
import io, os, weakref, gc
path = '/tmp/coil_io_life_%d.txt' % os.getpid()
def alive(make):
    refs = []
    for _ in range(20):
        f = make()
        refs.append(weakref.ref(f))
        del f
    return sum(r() is not None for r in refs)
print(alive(lambda: open(path, 'w')), alive(lambda: open(path, 'rb')), alive(lambda: open(path, 'rb', buffering=0)))
print(alive(io.StringIO), alive(io.BytesIO), alive(lambda: io.TextIOWrapper(io.BytesIO(), encoding='utf-8')))
f = open(path, 'w')
raw = f.buffer.raw
r = weakref.ref(f)
f.write('kept')
del f
print(r(), raw.closed)
with open(path) as g:
    print(g.read())
f = open(path, 'w')
f.me = f
r = weakref.ref(f)
f.write('cycle')
del f
gc.collect()
print(r())
calls = []
f = open(path)
r = weakref.ref(f, lambda _: calls.append('finalized'))
del f
print(calls)
os.remove(path)
