# yield from forwards send() and throw() to the subgenerator and close() to it too.
def inner():
    try:
        while True:
            try:
                v = yield
                print('inner got', v)
            except KeyError as e:
                print('inner handled', repr(e))
    finally:
        print('inner closed')
def outer():
    r = yield from inner()
    print('never', r)
g = outer()
next(g)
g.send('hello')
g.send(42)
g.throw(KeyError('k'))
try:
    g.throw(ValueError('not handled'))
except ValueError as e:
    print('outer saw', e)
g2 = outer()
next(g2)
g2.close()
print('done')
