# io_open: what another reader sees before close (text chunks and buffer sizes as CPython), flush(), line buffering
import os
path = '/tmp/coil_io_vis_%d.txt' % os.getpid()
def seen():
    with open(path, 'rb') as g:
        return len(g.read())
with open(path, 'w') as f:
    f.write('a' * 5000)
    print(seen())
    f.write('b' * 5000)
    print(seen())
    f.write('c' * 10000)
    print(seen())
    f.flush()
    print(seen())
with open(path, 'wb') as f:
    f.write(b'x' * 8192)
    print(seen())
    f.write(b'y')
    print(seen())
    f.write(b'z' * 9000)
    print(seen())
print(seen())
with open(path, 'w', buffering=1) as f:
    f.write('no newline')
    print(seen())
    f.write('\n')
    print(seen())
    f.write('more\rtext')
    print(seen())
f = open(path, 'w')
f.write('unclosed')
del f
print(seen())
os.remove(path)
