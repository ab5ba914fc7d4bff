# dict: KeyError reprs for various keys, unhashable keys, dict() construction errors
def t(f):
    try:
        print(repr(f()))
    except KeyError as e:
        print('KeyError', e, '| args:', e.args)
    except Exception as e:
        print(type(e).__name__, e)
d = {}
t(lambda: d['missing'])
t(lambda: d[42])
t(lambda: d[(1, 'a')])
t(lambda: d[None])
t(lambda: d[''])
t(lambda: d[2.5])
t(lambda: d[frozenset()])
t(lambda: d[()])
t(lambda: d[[1]])
t(lambda: d[{}])
t(lambda: {[1]: 2})
t(lambda: dict([1, 2]))
t(lambda: dict(['ab', 'c']))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([(1, 2), (3,)]))
t(lambda: dict(5))
t(lambda: dict([], []))
t(lambda: dict({1: 2}, {3: 4}))
t(lambda: dict(['ab', 'cd']))
def deleter():
    del d['nope']
t(deleter)
t(lambda: {1: 2}.fromkeys(5))
