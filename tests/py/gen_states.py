# Generator state attributes: gi_running, gi_frame, gi_suspended via flags, after close.
def g():
    print('running inside:', gen.gi_running)
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended)
next(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_lineno)
gen.close()
print(gen.gi_frame, gen.gi_running, gen.gi_suspended)
def done():
    yield 1
d = done()
list(d)
print(d.gi_frame)
print(g.__name__, gen.__name__, gen.__qualname__, gen.gi_code.co_name)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
