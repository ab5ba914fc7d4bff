# The asend/athrow/aclose awaitables of async generators: reuse, "already running", values sent
# through them, and what they do once the generator is exhausted (driven by hand, no asyncio).
class suspend:
    # an awaitable that suspends the coroutine awaiting it once
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        got = yield ('suspend', self.tag)
        return got

def step(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('stop', e.value)
    except BaseException as e:
        return ('raised', type(e).__name__, str(e))

async def agen():
    got = await suspend('a')
    print('agen: await gave', got)
    v = yield 'one'
    print('agen: yield gave', v)
    try:
        yield 'two'
    finally:
        print('agen: finally')

g = agen()
a1 = g.__anext__()
print(step(a1))
print('ag_running while awaiting:', g.ag_running, type(g.ag_await).__name__)
print('second __anext__ while running:', step(g.__anext__()))
print('athrow while running:', step(g.athrow(ValueError)))
print('aclose while running:', step(g.aclose()))
print(step(a1, 'resumed'))
print('ag_running after:', g.ag_running, g.ag_await)
print('reuse asend:', step(a1))
print('reuse again:', step(a1))
a2 = g.asend('sent')
print(step(a2))
print(step(a2))
cl = g.aclose()
print('aclose:', step(cl))
print('reuse aclose:', step(cl))
print('aclose again:', step(g.aclose()))
print('anext after close:', step(g.__anext__()))
print('asend after close:', step(g.asend(None)))
print('athrow after close:', step(g.athrow(KeyError, KeyError('k'))))

# close() of an awaitable before it ran; throw() into an awaitable
h = agen()
aw = h.asend(None)
aw.close()
print('closed asend:', step(aw))
aw = h.__anext__()
print(step(aw))
try:
    aw.throw(OSError('boom'))
except OSError as e:
    print('throw into awaiting asend raised', type(e).__name__, e)
print('after throw:', step(h.__anext__()))

# athrow caught by the generator: the next yield is the athrow's result
async def catcher():
    while True:
        try:
            yield 'waiting'
        except KeyError as e:
            print('caught', repr(e))
            yield 'recovered'
c = catcher()
print(step(c.__anext__()))
t = c.athrow(KeyError('x'))
print(step(t))
print('reuse athrow:', step(t))
print(step(c.__anext__()))
print(step(c.athrow(ValueError('v'))))
print('after uncaught athrow:', step(c.__anext__()))

# asend with a non-None value to a just-started generator, and argument errors
d = agen()
print(step(d.asend(5)))
for bad in [lambda: d.asend(), lambda: d.asend(1, 2), lambda: d.athrow(), lambda: d.aclose(1),
            lambda: d.athrow(1), lambda: d.athrow(KeyError, 1, 2, 3), lambda: d.__anext__(1)]:
    try:
        aw = bad()
        print('made', type(aw).__name__, step(aw))
    except TypeError as e:
        print('TypeError', e)
