# io_bytesio: errors (bad types, negative seeks/sizes, invalid whence, closed object)
import io
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'data')
t(lambda: b.write('text'))
t(lambda: b.write())
t(lambda: b.read(1, 2))
t(lambda: b.read(1.5))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 3))
t(lambda: b.seek(1.5))
t(lambda: b.truncate(-1))
t(lambda: b.fileno())
t(lambda: b.readinto(b'immutable'))
t(lambda: io.BytesIO('text'))
t(lambda: io.BytesIO(1, 2, 3))
b.close()
for name in ['read', 'read1', 'readline', 'readlines', 'tell', 'getvalue', 'seekable', 'readable', 'writable', 'flush', 'isatty']:
    t(getattr(b, name))
t(lambda: b.write(b'x'))
t(lambda: b.seek(0))
t(lambda: b.truncate())
t(lambda: b.closed)
t(lambda: next(b))
