# io_open: encodings (utf-8, latin-1, ascii, cp1252, utf-16/32 with BOMs, utf-8-sig) and errors= handlers
import os
path = '/tmp/coil_io_enc_%d.txt' % os.getpid()
def raw():
    with open(path, 'rb') as f:
        return f.read()
text = 'Zoë ½ €\n'
for enc in ['utf-8', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    try:
        with open(path, 'w', encoding=enc) as f:
            f.write(text)
            f.write('2nd')
        data = raw()
        with open(path, encoding=enc) as f:
            back = f.read()
        print(enc, data, repr(back), back == text + '2nd')
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('caf\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    with open(path, 'w', encoding='ascii', errors=errors) as f:
        f.write('café ☃')
    print(errors, raw())
with open(path, 'wb') as f:
    f.write(b'ok \xff\xfe bad\n')
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with open(path, errors=errors) as f:
        print(errors, repr(f.read()))
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
with open(path, 'wb') as f:
    f.write('é'.encode() * 5000 + '€'.encode())
with open(path, encoding='utf-8') as f:
    s = f.read()
    print(len(s), s[-2:])
with open(path, encoding='utf-8') as f:
    n = 0
    while True:
        c = f.read(7)
        if not c:
            break
        n += len(c)
    print(n)
os.remove(path)
