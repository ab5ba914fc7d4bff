# async for over an object with __aiter__/__anext__, driven by hand.
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    total = []
    async for v in Counter(3):
        total.append(v)
    else:
        print('async for else')
    return total
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class NotAsync: pass
async def bad():
    async for x in NotAsync():
        pass
b = bad()
try:
    b.send(None)
except TypeError as e:
    print(type(e).__name__, e)
