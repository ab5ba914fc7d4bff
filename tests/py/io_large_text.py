# io_open: text larger than the 8 KiB chunks: line iteration, \r\n split across chunks, tell/seek, read(n)
import os
path = '/tmp/coil_io_large_%d.txt' % os.getpid()
lines = ['line %05d %s\n' % (i, 'x' * (i % 37)) for i in range(3000)]
with open(path, 'w') as f:
    for line in lines:
        f.write(line)
    print(f.tell())
with open(path) as f:
    got = list(f)
print(len(got), got == lines, got[1234])
with open(path) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total, sum(map(len, lines)))
with open(path) as f:
    for _ in range(2000):
        f.readline()
    pos = f.tell()
    nxt = f.readline()
    f.seek(pos)
    print(pos, nxt == f.readline() == lines[2000])
with open(path, 'wb') as f:
    f.write(b'a' * 8191 + b'\r\n' + b'b' * 10 + b'\r' + b'c' * 8190 + b'\r')
with open(path) as f:
    ls = f.readlines()
print([len(l) for l in ls], [l[-1:] for l in ls], f.newlines)
with open(path, newline='') as f:
    print([len(l) for l in f])
os.remove(path)
