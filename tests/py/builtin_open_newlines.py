# builtin_open: universal newlines on read, newline='' keeps \r\n, and newline translation on write
import sys
path = '/tmp/coil_test_newlines_%d.txt' % sys.version_info[1]
with open(path, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rend')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(f.readlines())
with open(path, newline='\n') as f:
    print(f.readlines())
with open(path) as f:
    print(list(f))
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w') as f:
    f.write('x\ny')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='utf-8') as f:
    print(f.write('é😀\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
