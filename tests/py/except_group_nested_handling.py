# except* with nested groups: each clause sees a group with the matching leaves in their structure.
def f():
    raise ExceptionGroup('outer', [
        ExceptionGroup('inner1', [ValueError(1), TypeError(2)]),
        ExceptionGroup('inner2', [ValueError(3)]),
        OSError('os'),
    ])
try:
    f()
except* ValueError as eg:
    print('values:', repr(eg))
except* TypeError as eg:
    print('types:', repr(eg))
except* OSError as eg:
    print('os:', repr(eg))
