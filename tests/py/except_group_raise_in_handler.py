# Raising inside an except* clause: new exceptions are combined with unhandled ones.
try:
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('raised in handler')
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
try:
    try:
        raise ExceptionGroup('eg', [ValueError('v')])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise re-raises group:', repr(e))
