# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter runs when an async generator is first
# iterated, the finalizer when an unfinished one is collected; without hooks, collecting an
# unfinished async generator closes it (its finally blocks run).
import sys, gc

def step(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('stop', e.value)
    except BaseException as e:
        return ('raised', type(e).__name__, str(e))

hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks, hooks.firstiter, hooks.finalizer, len(hooks), tuple(hooks))

async def agen(name):
    try:
        yield name + '-1'
        yield name + '-2'
    finally:
        print('finally of', name)

# no hooks: collecting a suspended async generator closes it
g = agen('plain')
print(step(g.__anext__()))
del g
gc.collect()
print('after del plain')

# an async generator that was never started is not closed
g = agen('unstarted')
del g
print('after del unstarted')

seen = []
def firstiter(gen):
    print('firstiter', gen.__name__, gen.ag_running)
    seen.append(gen)
def finalizer(gen):
    print('finalizer', gen.__name__)
    print('  aclose in finalizer:', step(gen.aclose()))

sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h == (firstiter, finalizer))

g = agen('hooked')
print('created')
print(step(g.__anext__()))
print(step(g.__anext__()))
print('firstiter once:', len(seen))
seen.clear()
del g
gc.collect()
print('after del hooked')

# the hooks are taken when the generator is first iterated: changing them later has no effect
g2 = agen('early')
a = g2.asend(None)
sys.set_asyncgen_hooks(finalizer=lambda gen: print('other finalizer', gen.__name__))
print(step(a))
seen.clear()
del a, g2
gc.collect()

# aclose()/athrow() also run firstiter
sys.set_asyncgen_hooks(firstiter, finalizer)
g3 = agen('aclose-first')
print(step(g3.aclose()))
g4 = agen('athrow-first')
print(step(g4.athrow(ValueError('v'))))
seen.clear()
del g3, g4
gc.collect()

# a failing firstiter: the error comes out of __anext__(), the generator is still usable
def bad_firstiter(gen):
    raise KeyError('from firstiter')
sys.set_asyncgen_hooks(bad_firstiter, None)
g5 = agen('badhook')
try:
    g5.__anext__()
except KeyError as e:
    print('firstiter error', repr(e))
print(step(g5.__anext__()))
sys.set_asyncgen_hooks(None, None)
del g5
gc.collect()
print(sys.get_asyncgen_hooks())

# argument checks
for args, kw in [((1,), {}), ((None, 2), {}), ((), {'firstiter': 3}), ((), {'finalizer': 'x'}),
                 ((), {'bogus': None}), ((None, None, None), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
        print('ok', args, kw)
    except TypeError as e:
        print('TypeError', e)
# the finalizer is checked and set before firstiter is checked
try:
    sys.set_asyncgen_hooks(5, print)
except TypeError as e:
    print('TypeError', e)
print(sys.get_asyncgen_hooks().finalizer is print, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(None, None)

# async generator whose finally awaits something while being closed by collection
class pause:
    def __await__(self):
        yield 'paused'
async def stubborn():
    try:
        yield 1
    finally:
        print('stubborn finally start')
        await pause()
        print('never printed')
def hook(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value, '| object:', u.object.__name__, '| err_msg:', u.err_msg)
sys.unraisablehook = hook
s = stubborn()
print(step(s.__anext__()))
del s
gc.collect()
# a finalizer hook that fails is reported the same way
def bad_finalizer(gen):
    raise ValueError('finalizer failed')
sys.set_asyncgen_hooks(None, bad_finalizer)
f = agen('badfinal')
print(step(f.__anext__()))
del f
gc.collect()
sys.set_asyncgen_hooks(None, None)
print('end')
# an async generator that returns when closed by collection: gen_close's StopAsyncIteration is
# reported
async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        return
r = returns_on_exit()
print(step(r.__anext__()))
del r
gc.collect()
print('really the end')
