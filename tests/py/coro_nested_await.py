# Chains of awaits propagate values and exceptions through several coroutines.
class Tick:
    def __await__(self):
        v = yield 'tick'
        return v
async def level3(x):
    got = await Tick()
    if got == 'fail':
        raise KeyError(x)
    return x * got
async def level2(x):
    return await level3(x) + 1
async def level1():
    a = await level2(2)
    try:
        await level2(3)
    except KeyError as e:
        print('level1 caught KeyError', e)
    return a
c = level1()
print(c.send(None))
print(c.send(10))
try:
    c.send('fail')
except StopIteration as e:
    print('done', e.value)
