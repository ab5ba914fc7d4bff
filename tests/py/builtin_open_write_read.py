# builtin_open: write a text file in /tmp then read it back with read/readline/readlines/iteration
import sys
path = '/tmp/coil_test_open_write_read_%d_%d.txt' % sys.version_info[:2]
with open(path, 'w') as f:
    n = f.write('first line\nsecond line\n')
    print('wrote', n)
    f.write('third')
    print(f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.read()), repr(f.read()))
with open(path) as f:
    print([l.rstrip('\n') for l in f])
f = open(path)
print(f.readable(), f.writable())
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
