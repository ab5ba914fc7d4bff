# io_open: mixing reads and writes in 'r+' text mode (writes land where the buffer is, as in CPython)
import os
path = '/tmp/coil_io_mix_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('0123456789')
with open(path, 'r+') as f:
    print(repr(f.read(2)))
    f.write('AB')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, 'r+') as f:
    f.seek(4)
    f.write('xy')
    print(repr(f.read(2)), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, 'r+') as f:
    print(repr(f.readline()))
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('hello\nworld\n')
    print(f.tell(), repr(f.read()))
    f.seek(6)
    print(repr(f.readline()), repr(f.readline()))
os.remove(path)
