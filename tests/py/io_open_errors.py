# io_open: invalid modes and arguments, missing files and directories, with CPython's messages
import os
path = '/tmp/coil_io_errors_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('x')
def t(fn):
    try:
        r = fn()
        print(type(r).__name__)
        r.close()
    except Exception as e:
        print(type(e).__name__, str(e).replace(path, 'PATH'))
for mode in ['', 'b', 't', 'rw', 'r++', 'rr', 'rbt', 'U', 'rU', 'z', 'wx', 'ra', 'r+b', 'rt', 'xb']:
    t(lambda: open(path, mode))
t(lambda: open(path, 'rb', encoding='utf-8'))
t(lambda: open(path, 'rb', errors='strict'))
t(lambda: open(path, 'rb', newline=''))
t(lambda: open(path, 'r', buffering=0))
t(lambda: open(path, 'rb', buffering=0))
t(lambda: open(path, 'r', newline='x'))
t(lambda: open(path, 'r', encoding='no-such-codec'))
t(lambda: open(path, 5))
t(lambda: open(path, 'r', 'x'))
t(lambda: open(path, 'r', 1.5))
t(lambda: open(path, 'r', encoding=5))
t(lambda: open(path, 'r', errors=5))
t(lambda: open(path, 'r', newline=5))
t(lambda: open([]))
t(lambda: open(1.5))
t(lambda: open(path, closefd=False))
t(lambda: open(-1))
t(lambda: open('a\0b'))
t(lambda: open())
t(lambda: open(path, foo=1))
t(lambda: open('/tmp'))
t(lambda: open('/tmp', 'w'))
t(lambda: open(''))
t(lambda: open(path + '.missing'))
t(lambda: open('/nonexistent_coil_dir/x', 'w'))
try:
    open(path, 'x')
except FileExistsError as e:
    print(e.errno, e.strerror, e.filename == path, isinstance(e, OSError))
try:
    open(path + '.missing')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.args == (2, 'No such file or directory'))
os.remove(path)
