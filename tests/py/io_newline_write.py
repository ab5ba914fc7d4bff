# io_open: newline= translation when writing ('\n' kept, '\r' and '\r\n' substituted) and reading back
import os
path = '/tmp/coil_io_nlw_%d.txt' % os.getpid()
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, 'w', newline=nl) as f:
        print(repr(nl), f.write('a\nb\r\nc\rd\n'))
    with open(path, 'rb') as f:
        print('  raw', f.read())
    for rnl in [None, '', '\n', '\r', '\r\n']:
        with open(path, newline=rnl) as f:
            print('  ', repr(rnl), f.readlines(), f.newlines)
os.remove(path)
