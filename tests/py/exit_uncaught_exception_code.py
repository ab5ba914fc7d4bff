# An uncaught exception exits with status 1 after output is flushed.
print('partial output', end='')
print(' and more')
raise RuntimeError('fail at the end')
