# io: the class hierarchy for isinstance/issubclass checks, UnsupportedOperation's bases, module constants
import io, os
path = '/tmp/coil_io_hier_%d.txt' % os.getpid()
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)
print(io.open is open, io.BlockingIOError is BlockingIOError)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase))
with open(path, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
with open(path, 'rb') as f:
    print(type(f) is io.BufferedReader, isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
with open(path, 'r+b') as f:
    print(type(f) is io.BufferedRandom)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('caught as UnsupportedOperation', isinstance(e, OSError), isinstance(e, ValueError))
try:
    with open(path) as f:
        f.write('x')
except OSError as e:
    print('caught as OSError:', e)
try:
    with open(path) as f:
        f.write('x')
except ValueError as e:
    print('caught as ValueError:', e)
import _io
print(_io.StringIO is io.StringIO)
os.remove(path)
