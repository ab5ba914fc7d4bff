# builtin_print: print() with sep, end, file=sys.stderr, flush, None values, and argument errors
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -- ', end='!\n')
print('no newline', end='')
print(' <- continued')
print(1, 2.5, None, True, [1], {'k': 'v'}, sep='|')
print('x', sep=None, end=None)
print(*range(5))
print(*'abc', sep=',')
print('to stderr', 1, sep=':', file=sys.stderr)
print('flushed', flush=True)
print('to stdout explicitly', file=sys.stdout)
print('file None goes to stdout', file=None)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()])
for kwargs in [dict(sep=5), dict(end=1), dict(file='not a file'), dict(foo=1)]:
    try:
        print('x', **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
print('done', end='\n\n')
print('after blank line')
