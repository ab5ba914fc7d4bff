# Coroutine attributes: cr_running, cr_frame, cr_await, __name__, __qualname__; reuse error.
class Pause:
    def __await__(self):
        yield
async def inner():
    await Pause()
async def outer():
    print('running:', c.cr_running)
    await inner()
c = outer()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_running)
try:
    c.send(None)
except StopIteration:
    print('finished', c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
