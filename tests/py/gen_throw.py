# throw() raises inside the generator at the paused yield; the generator may catch and continue.
def g():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            print('caught inside', e)
            yield 'recovered'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
try:
    gen.throw(KeyError('k'))
except KeyError as e:
    print('propagated', type(e).__name__, e)
try:
    next(gen)
except StopIteration:
    print('generator finished after uncaught throw')
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted throw:', e)
print(next(f, 'exhausted'))
