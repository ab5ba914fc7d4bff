# Awaiting non-awaitables and misbehaving __await__ raise TypeError.
class NoAwait: pass
class BadAwait:
    def __await__(self):
        return 42
async def f(obj):
    return await obj
for obj in [NoAwait(), BadAwait(), 5]:
    c = f(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
async def g(): return 1
c = g()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
