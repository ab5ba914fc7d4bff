# Exception args and reprs of builtin exceptions with zero, one and several args.
for e in [ValueError(), ValueError('x'), ValueError('x', 1), KeyError('k'), KeyError(), KeyError('a', 'b'),
          OSError(2, 'No such file'), StopIteration(5), SystemExit(3), IndexError(None)]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('orig')
e.args = ('changed', 2)
print(e, repr(e))
print(str(KeyError('quoted')), str(KeyError(1)))
