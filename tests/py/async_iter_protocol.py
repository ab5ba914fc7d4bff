# The async iteration protocol beyond async generators: aiter()/anext() with awaitable classes,
# anext() defaults, the errors of `async for` and of the builtins, and async for control flow.

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  loop got', req)
        value = None

class suspend:
    def __init__(self, x): self.x = x
    def __await__(self):
        yield self.x

class Ready:
    # an awaitable that is not a coroutine: __await__ returns an iterator
    def __init__(self, v, pause=False): self.v, self.pause = v, pause
    def __await__(self):
        if self.pause:
            yield ('pause', self.v)
        return self.v

class Ticks:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return Ready(self.i, pause=self.i == 2)

class EndsWithAwaitable:
    def __aiter__(self): return self
    def __anext__(self):
        return Finished()
class Countdown:
    # the end is signalled by the awaitable (CPython 3.11 crashes when __anext__ itself raises
    # under anext() with a default)
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    def __anext__(self):
        self.n -= 1
        return Ready(self.n) if self.n >= 0 else Finished()
class Finished:
    def __await__(self):
        raise StopAsyncIteration('done')
        yield

async def main():
    out = []
    async for t in Ticks(3):
        out.append(t)
    print('Ticks', out)
    print('anext', await anext(Ticks(1)))
    it = Countdown(2)
    print('anext default', await anext(it, 'd'), await anext(it, 'd'), await anext(it, 'd'))
    print('Finished', await anext(EndsWithAwaitable(), 'dflt'))
    try:
        await anext(EndsWithAwaitable())
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    async for _ in EndsWithAwaitable():
        print('not reached')
    else:
        print('else after immediate end')
    # break, continue, return inside async for over an async generator
    async def gen():
        try:
            for i in range(5):
                yield i
        finally:
            print('  gen finally')
    acc = []
    g = gen()
    async for i in g:
        if i == 1:
            continue
        if i == 3:
            break
        acc.append(i)
    else:
        print('no else after break')
    print('acc', acc, 'ag_frame alive', g.ag_frame is not None)
    await g.aclose()
    async def first_even():
        async for i in gen():
            if i % 2 == 0 and i:
                return i
    print('first_even', await first_even())
    # an exception in the body propagates, the generator stays suspended
    g = gen()
    try:
        async for i in g:
            raise KeyError(i)
    except KeyError as e:
        print('body raised', repr(e))
    await g.aclose()
    # async with + async for
    return 'done'

print(run(main()))

class NoAnext:
    def __aiter__(self): return 42
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 7
class AiterRaises:
    def __aiter__(self): raise ValueError('no aiter')

async def loop_over(obj):
    async for x in obj:
        pass
for obj in [5, NoAnext(), BadAnext(), AiterRaises(), [1, 2]]:
    try:
        run(loop_over(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)

async def comp_over(obj):
    return [x async for x in obj]
for obj in [5, BadAnext()]:
    try:
        run(comp_over(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# the builtins' errors
for f in [lambda: aiter(), lambda: aiter(1, 2), lambda: anext(), lambda: anext(1, 2, 3),
          lambda: aiter(NoAnext()), lambda: anext(5), lambda: anext(5, None), lambda: aiter(AiterRaises()),
          lambda: anext(BadAnext()), lambda: run(anext(BadAnext(), 0))]:
    try:
        r = f()
        print('ok', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
aw = anext(Ticks(1), 'x')
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(run(aw))
