# io_open: text tell()/seek() cookies with multibyte characters, seek(0, 2), and seek errors
import io, os
path = '/tmp/coil_io_tseek_%d.txt' % os.getpid()
with open(path, 'w', encoding='utf-8') as f:
    f.write('aé€😀\nsecond\n')
    print(f.tell())
with open(path, encoding='utf-8') as f:
    print(f.tell(), repr(f.read(2)), f.tell(), repr(f.read(2)), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    f.seek(pos)
    print(repr(f.read(1)), f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(1)), f.seek(0, 1) == f.tell())
    def t(fn):
        try:
            print(repr(fn()))
        except Exception as e:
            print(type(e).__name__, e)
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(-2, 2))
    t(lambda: f.seek(-1))
    t(lambda: f.seek(0, 3))
    t(lambda: f.seek())
    t(lambda: f.seek('x'))
with open(path, 'w', encoding='utf-16') as f:
    f.write('ab')
    print(f.tell())
    f.write('c')
    print(f.tell())
with open(path, encoding='utf-16') as f:
    print(repr(f.read(1)), f.tell(), repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
