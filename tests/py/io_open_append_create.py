# io_open: append ('a', 'a+'), exclusive creation ('x', 'x+'), 'w+' and 'r+' read/write interplay
import os
path = '/tmp/coil_io_append_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('start\n')
with open(path, 'a') as f:
    print(f.tell())
    f.write('more\n')
with open(path, 'a+') as f:
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
    f.write('end\n')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w+') as f:
    print(repr(f.read()))
    f.write('fresh')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('FR')
    f.seek(0)
    print(repr(f.read()))
os.remove(path)
with open(path, 'x') as f:
    f.write('new')
try:
    open(path, 'x+')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(path) as f:
    print(f.read())
os.remove(path)
with open(path, 'x+') as f:
    f.write('xx')
    f.seek(0)
    print(f.read(), f.mode)
os.remove(path)
