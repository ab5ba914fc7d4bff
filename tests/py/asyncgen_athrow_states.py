# athrow/asend on a not-yet-started async generator, and ag_running/ag_await attributes.
async def agen():
    try:
        yield 'first'
    except KeyError:
        yield 'caught KeyError'
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
try:
    drive(g.athrow(KeyError('early')))
except KeyError as e:
    print('unstarted athrow raised', type(e).__name__, e)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('generator is finished')
h = agen()
print(drive(h.asend(None)), h.ag_running, h.ag_await)
print(drive(h.athrow(KeyError('k'))))
drive(h.aclose())
print(type(h.ag_code).__name__, h.__name__, h.__qualname__)
