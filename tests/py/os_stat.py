# os: stat()/lstat() results (st_size, st_mode file type bits, st_mtime as float) and getmtime
import os, time
path = '/tmp/coil_os_stat_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('twelve bytes')
st = os.stat(path)
print(st.st_size, st.st_mode & 0o170000 == 0o100000, st.st_mode & 0o170000 == 0o040000)
print(type(st.st_mtime).__name__, abs(st.st_mtime - time.time()) < 3600, os.path.getmtime(path) == st.st_mtime)
print(type(st).__name__, st.st_nlink >= 1, type(st.st_ino).__name__)
d = os.stat('/tmp')
print(d.st_mode & 0o170000 == 0o040000, os.lstat(path).st_size)
with open(path) as f:
    print(os.stat(f.fileno()).st_size)
os.remove(path)
try:
    os.stat(path)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
