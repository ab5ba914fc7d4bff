# Async comprehensions (list/set/dict/genexp) and await inside comprehensions in a coroutine.
class Value:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ('await', self.v)
        return self.v * 10
async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [x async for x in agen(3)]
    b = {x % 2 async for x in agen(4)}
    c = {x: x * x async for x in agen(3) if x}
    d = [await Value(x) for x in range(2)]
    g = (x + 100 async for x in agen(2))
    e = [y async for y in g]
    return a, sorted(b), c, d, e
co = main()
try:
    while True:
        print('driver saw', co.send(None))
except StopIteration as stop:
    print(stop.value)
