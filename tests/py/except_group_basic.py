# ExceptionGroup construction, message, exceptions, str and repr.
eg = ExceptionGroup('many', [ValueError('a'), TypeError('b')])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__)
auto = BaseExceptionGroup('auto', [ValueError()])
print(type(auto).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError(2)])])
print(str(nested), len(nested.exceptions))
