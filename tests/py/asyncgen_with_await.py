# Async generators that await custom awaitables between yields, with a driver loop.
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        yield ('sleep', self.n)
async def ticker(n):
    for i in range(n):
        await Sleep(i)
        yield i
async def main():
    result = []
    async for t in ticker(3):
        result.append(t)
    result.extend([x async for x in ticker(2)])
    return result
c = main()
try:
    while True:
        print('request', c.send(None))
except StopIteration as e:
    print('result', e.value)
