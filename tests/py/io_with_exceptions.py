# io_open: with-blocks close files when exceptions escape; writes before the error are kept
import os
path = '/tmp/coil_io_with_%d.txt' % os.getpid()
try:
    with open(path, 'w') as f:
        f.write('partial')
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e, f.closed)
with open(path) as f:
    print(f.read())
def reader():
    with open(path) as f:
        for line in f:
            yield line.upper()
print(list(reader()))
handles = []
for i in range(3):
    with open(path, 'a') as f:
        f.write(str(i))
        handles.append(f)
print([h.closed for h in handles])
with open(path) as f:
    print(f.read())
f = open(path)
data = f.read()
del f
print(data)
with open(path, 'w') as a, open(path + '2', 'w') as b:
    a.write('A')
    b.write('B')
print(open(path).read() + open(path + '2').read())
os.remove(path)
os.remove(path + '2')
