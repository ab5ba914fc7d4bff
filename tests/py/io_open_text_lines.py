# io_open: text readline(size), iteration, readlines(hint), tell() disabled while iterating
import os
path = '/tmp/coil_io_text_lines_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.writelines(['line one\n', 'line two\n', '\n', 'last line'])
with open(path) as f:
    print(repr(f.readline(4)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines(5))
    print(f.readlines())
with open(path) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError', e)
            break
    print(repr(f.readline()))
with open(path) as f:
    print([len(l) for l in f], f.tell())
with open(path) as f:
    it = iter(f)
    print(it is f, next(f), next(it))
    print(f.read(3))
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
    f.seek(0)
    print(f.tell())
with open(path) as f:
    print(sum(1 for _ in f), f.read() == '')
os.remove(path)
