# builtin_print: print() to any object with write(), buffering of sep/end calls, and stderr ordering
import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print('a', 'b', 3, file=c)
print(file=c)
print('x', end='', sep='+', file=c)
print(c.parts)
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
sys.stderr.write('err line 1\n')
print('out line 1')
print('err line 2', file=sys.stderr)
