# Misusing the async generator awaitables: unbound calls, bad throw() arguments (athrow(5) leaves the generator usable), sending into anext(), instantiating the types.
def step(aw, v=None):
    try:
        return ('y', aw.send(v))
    except StopIteration as e:
        return ('stop', e.value)
    except BaseException as e:
        return ('raised', type(e).__name__, str(e))
async def agen():
    yield 1
g = agen()
AS = type(g.asend(None)); AT = type(g.aclose())
for f in [lambda: AS.send(5, None), lambda: AS.throw(g.asend(None)), lambda: AT.send(g.aclose()),
          lambda: g.asend(None).throw(5), lambda: g.asend(None).throw(KeyError, 5, 5),
          lambda: step(g.athrow(5)), lambda: anext(g, 1).throw(), lambda: anext(g, 1).close(),
          lambda: step(anext(g, 1), 7), lambda: anext(g, 1).send(), lambda: AS(), lambda: type(anext(g, 1))()]:
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
h = agen()
print(step(h.athrow(5)))
print(step(h.__anext__()))
k = agen()
aw = anext(k, 'D')
print(step(aw), step(aw), step(anext(k, 'D')))
print(repr(aw).split(" at")[0])
