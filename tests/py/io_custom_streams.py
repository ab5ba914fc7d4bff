# io: TextIOWrapper/BufferedReader over Python raw streams (non-seekable), and readline via peek
import io
class Pipe(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        n = min(len(b), len(c))
        b[:n] = c[:n]
        if n < len(c):
            self.chunks.insert(0, c[n:])
        return n
p = Pipe([b'ab', b'c\nd', b'e\r', b'\nf'])
print(p.seekable(), p.readable(), p.writable())
t = io.TextIOWrapper(io.BufferedReader(p), encoding='ascii')
print(t.seekable(), t.readlines())
try:
    t.tell()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
b = io.BufferedReader(Pipe([b'12', b'34\n', b'5']), buffer_size=2)
print(b.peek(1)[:1], b.read(3), b.readline(), b.read())
class Sink(io.RawIOBase):
    def __init__(self):
        self.data = b''
    def writable(self):
        return True
    def write(self, b):
        self.data += bytes(b)
        return len(b)
s = Sink()
w = io.BufferedWriter(s, buffer_size=4)
w.write(b'ab')
print(s.data)
w.write(b'cdef')
print(s.data)
w.flush()
print(s.data)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding='utf-8', newline='\r\n')
tw.write('x\ny\n')
tw.flush()
print(tw.buffer.raw.data)
