# Async generator restrictions: return with value is a syntax error, RuntimeError for ignoring GeneratorExit.
try:
    compile("async def f():\n    yield 1\n    return 2", '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("async def f():\n    yield from g()", '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = stubborn()
print(drive(g.__anext__()))
try:
    drive(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def simple():
    yield 'x'
s = simple()
print(drive(s.__anext__()))
drive(s.aclose())
print(s.ag_running, s.ag_frame)
