# io_open: print(file=f) to real files, flush=True, sep/end, and reading the result back
import os
path = '/tmp/coil_io_print_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print('hello', 42, [1, 2], file=f)
    print('a', 'b', sep='-', end='|', file=f)
    print(file=f)
    print('flushed', file=f, flush=True)
    with open(path) as g:
        print(repr(g.read()))
    print(3.5, None, True, file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    f.writelines(str(i) + '\n' for i in range(3))
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
