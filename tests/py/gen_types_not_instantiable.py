# generator, coroutine, async_generator and their helper types cannot be created by calling them.
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
c = coro()
a = agen()
for t in [type(gen()), type(c), type(c.__await__()), type(a), type(a.asend(None)), type(a.aclose()),
          type(anext(a, 0))]:
    try:
        t()
    except TypeError as e:
        print(e)
c.close()
