# async with inside a hand-driven coroutine: __aenter__/__aexit__ awaited, exceptions passed.
class Step:
    def __init__(self, name): self.name = name
    def __await__(self):
        yield self.name
class ACM:
    async def __aenter__(self):
        await Step('aenter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        await Step('aexit')
        print('aexit got', et.__name__ if et else None)
        return et is KeyError
async def main():
    async with ACM() as r:
        print('using', r)
    async with ACM():
        raise KeyError('suppressed')
    print('after suppressed')
    async with ACM():
        raise ValueError('escapes')
c = main()
try:
    while True:
        print('yielded', c.send(None))
except ValueError as e:
    print('main raised', type(e).__name__, e)
