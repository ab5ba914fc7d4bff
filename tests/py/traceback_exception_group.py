# Uncaught ExceptionGroup is rendered as a tree.
def fail():
    raise ExceptionGroup('several problems', [
        ValueError('bad value'),
        TypeError('bad type'),
    ])
fail()
