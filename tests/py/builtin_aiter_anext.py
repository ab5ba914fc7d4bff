# builtin_aiter_anext: aiter()/anext() on an async generator driven by hand with coro.send(None)
async def agen():
    yield 'first'
    yield 'second'
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return ('value', stop.value)
    except StopAsyncIteration:
        return ('StopAsyncIteration',)
    return ('suspended',)
g = agen()
it = aiter(g)
print(it is g, type(it).__name__)
print(drive(anext(it)))
print(drive(anext(it)))
print(drive(anext(it)))
print(drive(anext(it, 'default-value')))
class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 10
c = Counter()
print(aiter(c) is c, drive(anext(c)), drive(anext(c)), drive(anext(c)), drive(anext(c, 'dflt')))
for bad in [lambda: aiter([1]), lambda: anext(iter([1])), lambda: aiter(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(drive(collect()))
