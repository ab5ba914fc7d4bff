# A finalizer hook that refers back to its async generator (a cycle): the collector runs the hook, then frees both.
import sys, gc, weakref
def step(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
def setup():
    cell = []
    def fin(x):
        print('finalizer sees itself:', x is cell[0])
        step(x.aclose())
    sys.set_asyncgen_hooks(None, fin)
    g = agen()
    cell.append(g)
    print(step(g.__anext__()))
    return weakref.ref(g)
r = setup()
sys.set_asyncgen_hooks(None, None)
print('alive before collect:', r() is not None)
gc.collect()
gc.collect()
print('alive after collect:', r() is not None)
