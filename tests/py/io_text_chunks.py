# io_open: decoding across chunk boundaries (utf-8 multibyte, utf-16 surrogate pairs), tell() in big files
import os
path = '/tmp/coil_io_chunks_%d.txt' % os.getpid()
text = ''.join(chr(0x41 + i % 26) + ('é' if i % 3 == 0 else '') + ('😀' if i % 7 == 0 else '') for i in range(12000))
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32']:
    with open(path, 'w', encoding=enc) as f:
        f.write(text)
    with open(path, encoding=enc) as f:
        back = f.read()
    with open(path, encoding=enc) as f:
        parts = []
        while True:
            c = f.read(333)
            if not c:
                break
            parts.append(c)
    print(enc, back == text, ''.join(parts) == text, len(back))
with open(path, 'w', encoding='utf-8') as f:
    for i in range(2000):
        f.write('é%d😀\n' % i)
with open(path, encoding='utf-8') as f:
    marks = []
    for i in range(2000):
        if i % 500 == 0:
            marks.append((f.tell(), i))
        f.readline()
    print(marks)
    for pos, i in marks:
        f.seek(pos)
        print(repr(f.readline()))
os.remove(path)
