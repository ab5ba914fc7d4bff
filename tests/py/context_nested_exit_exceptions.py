# Nested with: inner __exit__ suppressing, outer seeing nothing; exception in inner __exit__ reaches outer.
class CM:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name, self.suppress, self.raise_in_exit = name, suppress, raise_in_exit
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, 'sees', repr(ev))
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress
with CM('outer'), CM('inner', suppress=True):
    raise ValueError('v')
print('---')
try:
    with CM('outer'), CM('inner', raise_in_exit=KeyError('from inner exit')):
        raise ValueError('body')
except KeyError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
