# except* handles matching parts of a group; unmatched parts re-raise as a group.
def raiser():
    raise ExceptionGroup('eg', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])
try:
    try:
        raiser()
    except* ValueError as e:
        print('ValueError part:', repr(e))
    except* TypeError as e:
        print('TypeError part:', repr(e))
except ExceptionGroup as rest:
    print('remaining:', repr(rest))
try:
    raiser()
except* (ValueError, TypeError) as e:
    print('tuple part:', e.exceptions)
except* LookupError as e:
    print('lookup part:', e.exceptions)
