# exctype: user exceptions deriving from builtin ones are caught by base handlers in MRO order
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    pass
class BadInput(AppError, ValueError):
    def __init__(self, field):
        super().__init__(f'bad field {field!r}')
        self.field = field
print([c.__name__ for c in NotFound.__mro__])
print([c.__name__ for c in BadInput.__mro__])
for exc in [NotFound('nf'), BadInput('age'), KeyError('k'), ValueError('v')]:
    try:
        raise exc
    except LookupError as e:
        print('LookupError handler:', type(e).__name__, e)
    except AppError as e:
        print('AppError handler:', type(e).__name__, e)
    except ValueError as e:
        print('ValueError handler:', type(e).__name__, e)
try:
    raise BadInput('name')
except (KeyError, ValueError) as e:
    print(type(e).__name__, e.field, e.args, isinstance(e, AppError))
class WithStr(KeyError):
    def __str__(self):
        return 'custom'
print(str(WithStr('x')), str(KeyError('x')), repr(WithStr('x')))
