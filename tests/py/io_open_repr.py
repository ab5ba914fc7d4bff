# io_open: repr of TextIOWrapper, BufferedReader/Writer/Random and FileIO, open and closed
import os
path = '/tmp/coil_io_repr_%d.txt' % os.getpid()
def show(f):
    print(repr(f).replace(repr(path), 'PATH'))
for mode in ['w', 'r', 'a', 'r+', 'w+', 'wb', 'rb', 'ab', 'r+b', 'rt', 'x']:
    if mode == 'x':
        os.remove(path)
    f = open(path, mode)
    show(f)
    if 'b' not in mode:
        show(f.buffer)
        show(f.buffer.raw)
    f.close()
    show(f)
r = open(path, 'rb', buffering=0)
show(r)
r.close()
show(r)
f = open(path, encoding='latin-1')
show(f)
f.close()
fd = os.open(path, os.O_RDONLY)
g = open(fd)
print(repr(g).replace('name=%d ' % fd, 'name=FD '), g.name == fd)
g.close()
os.remove(path)
