# Deep chains of async generators, awaits and anext(): RecursionError rather than a crash; throw()/close()/aclose() through a 300-deep await chain (stackless).
import sys
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def nest(n):
    if n == 0:
        yield 0
        return
    async for v in nest(n - 1):
        yield v + 1
async def main(n):
    return [x async for x in nest(n)]
print(run(main(50)))
try:
    print(run(main(100000)))
except RecursionError as e:
    print('RecursionError', e)
# deep await chain through anext
async def chain(n):
    if n == 0: return 0
    g = nest(0)
    return (await anext(g)) + await chain(n - 1)
print(run(chain(100)))
try:
    print(run(chain(100000)))
except RecursionError as e:
    print('RecursionError', e)
# throw deep into an await chain
class Susp:
    def __await__(self):
        yield 'x'
async def deep(n):
    if n == 0:
        await Susp()
        return 'never'
    return await deep(n - 1)
c = deep(300)
c.send(None)
try:
    c.throw(KeyError('deep'))
except KeyError as e:
    print('thrown through', repr(e))
c = deep(300)
c.send(None)
c.close()
print('closed', c.cr_frame)
async def agdeep(n):
    await deep(n)
    yield 1
a = agdeep(300)
aw = a.__anext__()
print(aw.send(None))
try:
    aw.throw(ValueError('v'))
except ValueError as e:
    print('athrough', repr(e))
a = agdeep(300)
aw = a.__anext__()
aw.send(None)
cl = a.aclose()
try:
    cl.send(None)
except StopIteration:
    print('aclose during await: done')
except RuntimeError as e:
    print('RuntimeError', e)
