# os: descriptor-level open/read/write/lseek/close with O_* flags, shared with open(fd)
import os
path = '/tmp/coil_os_fd_%d.bin' % os.getpid()
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello '), os.write(fd, bytearray(b'world')))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 2))
os.close(fd)
fd = os.open(path, os.O_RDWR | os.O_APPEND)
os.write(fd, b'!')
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
with open(fd, 'r') as f:
    print(repr(f.read()))
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno, e.strerror)
try:
    os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.read(-1, 1)
except OSError as e:
    print('OSError', e)
os.remove(path)
