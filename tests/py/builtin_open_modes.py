# builtin_open: modes w/a/r/x/rb/wb/r+, bytes vs str, encoding, and common errors
import sys
path = '/tmp/coil_test_open_modes_%d.txt' % sys.version_info[1]
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
with open(path, 'a') as f:
    f.write('appended\n')
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, data)
with open(path, 'wb') as f:
    print(f.write(b'\x00\x01binary\xff'))
with open(path, 'rb') as f:
    print(f.read(), f.mode)
with open(path, 'w') as f:
    f.write('abc')
with open(path, 'r+') as f:
    f.write('X')
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
def write_str_to_binary():
    with open(path, 'wb') as f:
        f.write('text')
def write_bytes_to_text():
    with open(path, 'w') as f:
        f.write(b'bytes')
def read_from_write_only():
    with open(path, 'w') as f:
        f.read()
def exclusive():
    with open(path, 'x') as f:
        pass
t(write_str_to_binary)
t(write_bytes_to_text)
t(read_from_write_only)
t(exclusive)
t(lambda: open(path, 'rw'))
t(lambda: open(path, 'z'))
t(lambda: open(path, 'rb', encoding='utf-8'))
try:
    open('/tmp/coil_definitely_missing_dir_xyz/nofile.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
