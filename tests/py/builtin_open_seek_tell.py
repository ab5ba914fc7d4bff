# builtin_open: seek/tell on binary and text files, read sizes, readline limits, truncate and append
import sys
path = '/tmp/coil_test_seek_tell_%d.bin' % sys.version_info[1]
with open(path, 'wb') as f:
    f.write(b'0123456789\nabcdef\n')
    print(f.tell())
with open(path, 'rb') as f:
    print(f.read(4), f.tell())
    f.seek(2)
    print(f.read(3), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.readline(3), f.readline(), f.readline())
with open(path, 'r+b') as f:
    f.seek(5)
    f.write(b'XY')
    f.truncate(12)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'ab') as f:
    print(f.tell())
    f.write(b'END')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.readline()), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(3)))
