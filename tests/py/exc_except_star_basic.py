# except* is named except_group elsewhere; this checks plain exceptions get wrapped by except*.
try:
    raise ValueError('plain')
except* ValueError as eg:
    print(type(eg).__name__, eg.message, eg.exceptions)
try:
    try:
        raise KeyError('k')
    except* ValueError:
        print('not matched')
except KeyError as e:
    print('plain KeyError propagated unwrapped:', repr(e))
