# exctype: KeyError str() uses repr of the single key; other LookupErrors do not
def show(e):
    print(type(e).__name__, '| str:', str(e), '| repr:', repr(e))
show(KeyError('key'))
show(KeyError(42))
show(KeyError(''))
show(KeyError())
show(KeyError('a', 'b'))
show(KeyError(('tuple', 'key')))
show(KeyError(None))
show(KeyError("it's"))
show(IndexError('index'))
show(LookupError('lookup'))
try:
    {}['missing']
except KeyError as e:
    show(e)
    print(e.args, e.args[0])
try:
    {}[(1, 2)]
except KeyError as e:
    show(e)
try:
    set().remove(frozenset())
except KeyError as e:
    show(e)
