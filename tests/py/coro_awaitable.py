# A custom awaitable with __await__ suspends the coroutine; the driver resumes it with values.
class Suspend:
    def __init__(self, label): self.label = label
    def __await__(self):
        got = yield self.label
        return f'{self.label}->{got}'
async def task():
    a = await Suspend('first')
    print('a =', a)
    b = await Suspend('second')
    print('b =', b)
    return 'task done'
def run(coro):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print('driver got request', request)
        value = request.upper()
print(run(task()))
