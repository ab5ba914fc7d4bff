# try/except/finally around awaits inside a coroutine driven by hand; close() during await.
class Wait:
    def __await__(self):
        reply = yield 'waiting'
        if reply == 'error':
            raise ConnectionError('remote failure')
        return reply
async def fetch():
    try:
        data = await Wait()
        print('got', data)
        more = await Wait()
        print('got', more)
    except ConnectionError as e:
        print('handled', e)
        return 'fallback'
    finally:
        print('fetch finally')
    return 'ok'
def run(replies):
    c = fetch()
    try:
        c.send(None)
        for r in replies:
            c.send(r)
    except StopIteration as e:
        return e.value
    c.close()
    return 'closed early'
print(run(['a', 'b']))
print(run(['a', 'error']))
print(run(['a']))
