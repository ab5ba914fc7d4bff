# Breaking out of async for leaves the async generator suspended; aclose() runs its finally.
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print('agen finally')
async def main():
    g = agen()
    async for v in g:
        if v == 2:
            break
    print('broke at', v)
    await g.aclose()
    print('closed explicitly')
    return 'main done'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
