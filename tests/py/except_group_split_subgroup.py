# split() and subgroup() with types and predicates; nested structure is preserved.
eg = ExceptionGroup('top', [
    ValueError('v'),
    ExceptionGroup('mid', [TypeError('t'), ValueError('v2')]),
    KeyError('k'),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError))
m, r = eg.split(lambda e: isinstance(e, (TypeError, KeyError)))
print(repr(m))
print(repr(r))
print(eg.subgroup(lambda e: True) is eg)
m, r = eg.split(Exception)
print(m is eg, r)
