# Context manager protocol: __enter__ result, __exit__ arguments, suppression by truthy return.
class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print('enter')
        return 'as-value'
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM(False) as v:
    print('body', v)
with CM(True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM(0):
        raise KeyError('not suppressed')
except KeyError as e:
    print('propagated', e)
with CM('truthy string'):
    1 / 0
print('also suppressed by truthy value')
