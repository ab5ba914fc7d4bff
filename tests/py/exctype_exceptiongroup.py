# exctype: ExceptionGroup/BaseExceptionGroup construction, str/repr, exceptions, subgroup/split/derive, errors
eg = ExceptionGroup('several', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(str(eg), '|', repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args[0], len(eg.args[1]))
sub = eg.subgroup(ValueError)
print(repr(sub), sub.message, type(sub).__name__)
match, rest = eg.split(TypeError)
print(repr(match), '|', repr(rest))
print(eg.subgroup(KeyError), eg.split(Exception)[1])
print(repr(eg.subgroup(lambda e: 'v2' in str(e))))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
print(repr(nested.subgroup(ValueError)))
print(str(nested), len(nested.exceptions))
d = eg.derive([KeyError('k')])
print(repr(d), type(d).__name__)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup('auto', [ValueError('x')])
print(type(beg2).__name__, isinstance(beg2, Exception))
for bad in [lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]), lambda: ExceptionGroup('m', ValueError()),
            lambda: ExceptionGroup('m', [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
