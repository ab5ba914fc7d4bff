# throw() and close() on a suspended coroutine.
class Pause:
    def __await__(self):
        yield 'paused'
async def worker():
    try:
        await Pause()
        print('not reached')
    except ValueError as e:
        print('worker caught', e)
        await Pause()
        return 'after catch'
    finally:
        print('worker finally')
c = worker()
print(c.send(None))
print(c.throw(ValueError('injected')))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
c2 = worker()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
