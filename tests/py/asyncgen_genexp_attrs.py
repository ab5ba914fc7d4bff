# Async generator expressions and the attributes and reprs of async generators and their
# awaitables (ag_code, ag_frame, ag_await, __name__/__qualname__, type names).

def run(coro):
    # a tiny driver: coroutines here only suspend on `suspend()`
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        value = ('resumed', req)

class suspend:
    def __init__(self, x): self.x = x
    def __await__(self):
        return (yield self.x)

def addr(s):
    return s.split(' at 0x')[0] + ' at ADDR>' if ' at 0x' in s else s

async def numbers(n):
    for i in range(n):
        await suspend(i)
        yield i

async def main():
    ge = (x * 2 async for x in numbers(3))
    print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.ag_code.co_name)
    print([v async for v in ge])
    # a genexp that awaits is an async generator, even inside a plain expression
    ge2 = (await suspend(x) for x in range(2))
    print(type(ge2).__name__, [v async for v in ge2])
    # nested async comprehensions, with conditions
    print([(a, b) async for a in numbers(3) if a async for b in numbers(a)])
    print({k: v async for k, v in pairs()})
    print([await suspend(i) async for i in numbers(2)])
    print(sorted({i % 2 async for i in numbers(5)}))
    return 'main done'

async def pairs():
    yield 'a', 1
    yield 'b', 2

print(run(main()))

async def named():
    yield 1
g = named()
print(addr(repr(g)))
print(g.__name__, g.__qualname__, g.ag_code is named.__code__, g.ag_running, g.ag_await)
print(type(g.ag_frame).__name__, g.ag_frame.f_code.co_name)
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(addr(repr(g)), g.__name__)
for bad in [1, None]:
    try:
        g.__name__ = bad
    except TypeError as e:
        print('TypeError', e)
    try:
        g.__qualname__ = bad
    except TypeError as e:
        print('TypeError', e)
a = g.__anext__()
t = g.athrow(ValueError)
c = g.aclose()
print(type(a).__name__, type(t).__name__, type(c).__name__)
print(addr(repr(a)).split(' object')[0], addr(repr(t)).split(' object')[0])
print(a.__await__() is a, iter(a) is a, t.__await__() is t)
print(hasattr(g, '__aiter__'), hasattr(g, '__anext__'), hasattr(g, '__iter__'), hasattr(g, '__next__'))
print(g.__aiter__() is g)
try:
    iter(g)
except TypeError as e:
    print('TypeError', e)
try:
    for _ in g:
        pass
except TypeError as e:
    print('TypeError', e)
# next() on an asend awaitable drives it like send(None)
try:
    next(a)
except StopIteration as e:
    print('next(asend) ->', e.value)
print(g.ag_frame is None, g.ag_running)
t.close(); c.close()
# ag_frame is None once the generator finished
async def short():
    yield 1
s = short()
run(s.__anext__())
try:
    run(s.__anext__())
except StopAsyncIteration:
    print('finished; frame', s.ag_frame)
# StopIteration / StopAsyncIteration raised inside an async generator become RuntimeError
async def raises(exc):
    yield 1
    raise exc
for exc in [StopIteration, StopAsyncIteration('x')]:
    r = raises(exc)
    run(r.__anext__())
    try:
        run(r.__anext__())
    except RuntimeError as e:
        print('RuntimeError', e, '| cause', type(e.__cause__).__name__)
