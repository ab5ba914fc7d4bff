# Async generator asend/athrow/aclose driven by hand.
async def agen():
    try:
        while True:
            try:
                v = yield 'ready'
                print('agen received', v)
            except ValueError as e:
                print('agen caught', e)
    finally:
        print('agen finally')
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(drive(g.asend(None)))
print(drive(g.asend('hello')))
print(drive(g.athrow(ValueError('bad'))))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('exhausted after aclose')
