# io_open: binary buffered files: read/read1/peek/readinto/readline, seek/tell, r+b overwrite, truncate
import os
path = '/tmp/coil_io_binary_%d.bin' % os.getpid()
with open(path, 'wb') as f:
    print(f.write(bytes(range(10))), f.write(b'\nline2\n'), f.tell())
with open(path, 'rb') as f:
    print(f.read(3), f.read1(2), f.tell())
    p = f.peek(1)
    print(p[:1], f.tell())
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.tell())
    print(f.readline(), f.readline(), f.readline())
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
    print(f.seek(0), f.read(-1)[-6:], f.read(), f.read(5))
with open(path, 'r+b') as f:
    f.seek(1)
    f.write(b'AB')
    print(f.read(2), f.tell())
    f.write(b'CD')
    print(f.tell(), f.seek(0), f.read(8))
    print(f.truncate(5), f.tell())
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as f:
    print(list(f))
with open(path, 'ab') as f:
    print(f.tell(), f.write(b'++'), f.tell())
with open(path, 'rb') as f:
    print(f.read(), f.readable(), f.writable(), f.seekable())
os.remove(path)
