# Unhandled parts of an exception group after except* are re-raised and rendered as a tree.
def work():
    raise ExceptionGroup('batch', [ValueError('bad 1'), TypeError('wrong type'), ValueError('bad 2')])
try:
    work()
except* ValueError as eg:
    print('handled', len(eg.exceptions), 'ValueErrors')
