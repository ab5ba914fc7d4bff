# io_fileio: unbuffered raw files (buffering=0, io.FileIO), readall/readinto, descriptors and closefd
import io, os
path = '/tmp/coil_io_raw_%d.bin' % os.getpid()
with io.FileIO(path, 'w') as r:
    print(r.mode, r.write(b'raw bytes\n'), r.tell(), r.writable(), r.readable(), r.seekable())
with open(path, 'rb', buffering=0) as r:
    print(type(r).__name__, r.read(3), r.readall(), r.read(), r.read(5))
    r.seek(0)
    ba = bytearray(4)
    print(r.readinto(ba), ba, r.tell(), r.readline(), r.readline())
    r.seek(0)
    print(r.readlines())
fd = os.open(path, os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
print(f.read(3), f.name == fd, f.raw.closefd)
f.close()
print(os.read(fd, 4))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
with io.FileIO(fd) as r:
    print(r.mode, r.closefd, r.read())
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno, e.strerror)
with io.FileIO(path, 'r+') as r:
    print(r.mode, r.read(3), r.write(b'XYZ'), r.truncate(), r.seek(0), r.read())
with io.FileIO(path, 'a') as r:
    print(r.mode, r.tell())
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: io.FileIO(path, 'rw'))
t(lambda: io.FileIO(path, 'q'))
t(lambda: io.FileIO(path, 'rb+', closefd=False))
t(lambda: io.FileIO(1.5))
t(lambda: io.FileIO(-3))
r = io.FileIO(path, 'r')
t(lambda: r.write(b'x'))
t(lambda: r.truncate())
r.close()
def opener(name, flags):
    print('opener', name == path, flags & os.O_WRONLY, flags & os.O_CREAT == os.O_CREAT)
    return os.open(name, flags, 0o644)
with open(path, 'w', opener=opener) as f:
    f.write('via opener')
with open(path) as f:
    print(f.read())
os.remove(path)
