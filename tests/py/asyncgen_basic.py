# Async generators driven by hand: __anext__ awaitables, StopAsyncIteration at the end.
async def agen():
    yield 1
    yield 2
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(type(g).__name__)
print(drive(g.__anext__()))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
async def consume():
    out = []
    async for v in agen():
        out.append(v * 10)
    return out
print(drive(consume()))
print(drive(consume.__call__()))
