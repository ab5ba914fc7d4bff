# io: subclassing StringIO/BytesIO/TextIOWrapper and writing a custom IOBase/RawIOBase in Python
import io
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print('hello', 'world', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))
class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.reads = 0
    def read(self, n=-1):
        self.reads += 1
        return super().read(n)
c = Counting(b'abcdef')
print(c.read(2), c.read(), c.reads)
class Lines(io.IOBase):
    def __init__(self, items):
        self.items = list(items)
    def readline(self, size=-1):
        return self.items.pop(0) if self.items else ''
    def readable(self):
        return True
l = Lines(['a\n', 'b\n', 'c'])
print(list(l), l.closed)
l = Lines(['x\n', 'y\n'])
print(l.readlines())
with Lines([]) as l2:
    print(l2.closed)
print(l2.closed)
try:
    iter(l2)
except ValueError as e:
    print('ValueError', e)
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = Raw(b'raw data\nline 2\n')
print(r.read(3), r.readline(), r.read(), r.read())
br = io.BufferedReader(Raw(b'one\ntwo\n'))
print(br.readline(), br.read(), repr(br))
tw = io.TextIOWrapper(io.BufferedReader(Raw('héllo\nwörld\n'.encode())), encoding='utf-8')
print(tw.readlines())
class Tio(io.TextIOWrapper):
    pass
t = Tio(io.BytesIO(b'sub\nclass'), encoding='ascii')
print(list(t), type(t).__name__)
class Base(io.IOBase):
    pass
b = Base()
for name in ['fileno', 'truncate', 'seek']:
    try:
        getattr(b, name)(0) if name != 'fileno' else b.fileno()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(b.readable(), b.writable(), b.seekable(), b.isatty())
b.close()
print(b.closed)
try:
    b.flush()
except ValueError as e:
    print('ValueError', e)
