# io_open: name/mode/encoding/errors/newlines/line_buffering/buffer/raw/closed and readable/writable/seekable
import io, os
path = '/tmp/coil_io_attrs_%d.txt' % os.getpid()
with open(path, 'w', errors='replace') as f:
    print(f.name == path, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering, f.write_through)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
    print(f.buffer.name == path, f.buffer.mode, f.closed)
    f.write('a\r\nb\n')
with open(path, 'r', buffering=1) as f:
    print(f.line_buffering, f.mode, f.newlines)
    f.read()
    print(f.newlines)
with open(path, 'rt', newline='') as f:
    print(f.mode, f.newlines, repr(f.read()), f.newlines)
with open(path, 'a+', encoding='UTF-8') as f:
    print(f.mode, f.encoding, f.buffer.raw.mode, f.readable(), f.writable())
with open(path, 'rb') as f:
    print(f.mode, f.raw.mode, f.readable(), f.writable(), f.seekable())
for m in ['wb', 'ab', 'r+b', 'w+b', 'a+b', 'xb', 'x+b']:
    if m.startswith('x'):
        os.remove(path)
    with open(path, m) as f:
        print(m, f.mode, type(f).__name__, f.raw.mode)
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd)
f = open(path, 'w')
f.custom = 42
print(f.custom, f.__dict__ == {'mode': 'w', 'custom': 42})
f.close()
os.remove(path)
