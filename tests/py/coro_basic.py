# async def functions driven by hand with send(None); return value via StopIteration.
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
c2 = add(2, 3)
try:
    c2.send(None)
except StopIteration as e:
    print('result', e.value)
c3 = main()
c3.close()
print('closed unstarted coroutine')
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
