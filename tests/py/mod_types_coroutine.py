# types.coroutine: a generator function made awaitable
import types
@types.coroutine
def sw():
    v = yield 'suspended'
    return v * 2
async def main():
    r = await sw()
    print('r', r)
    return r
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('done', e.value)
print(sw.__name__, types.coroutine(main) is main)
g = sw()
print(next(g), type(g).__name__ in ('generator', '_GeneratorWrapper'))
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
