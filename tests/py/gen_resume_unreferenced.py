# A generator or coroutine resumed through a call that drops the last other reference to it
# (`make().send(None)`) stays alive while it runs; throw() into a generator that never ran is
# raised before its first line, outside its try blocks.
import gc

class Box:
    def __init__(self, n):
        self.n = n

def gen():
    b = Box(2)      # a Python __init__ runs while nothing else refers to the generator
    gc.collect()
    yield b.n * 10

async def coro():
    b = Box(3)
    gc.collect()
    return b.n

print(gen().send(None))
print(next(gen()))
try:
    coro().send(None)
except StopIteration as e:
    print('coroutine returned', e.value)

def body():
    try:
        yield 'first'
    except KeyError:
        yield 'caught KeyError'
    finally:
        print('finally of body')

g = body()
try:
    g.throw(KeyError('early'))
except KeyError as e:
    print('unstarted throw raised', repr(e))
print(g.gi_frame, next(g, 'exhausted'))

g = body()
print(next(g))
print(g.throw(KeyError('late')))
g.close()

def unstarted_stop():
    yield 1
g = unstarted_stop()
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('RuntimeError', e)

g = body()
try:
    g.throw(ValueError('tb'))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('raised at line', tb.tb_lineno, 'of', tb.tb_frame.f_code.co_name)
