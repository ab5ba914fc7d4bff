# io_stringio: the newline argument (None, '', '\n', '\r', '\r\n') on write and readline, and .newlines
import io
text = 'a\nb\r\nc\rd'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write(text)
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print('  lines', s.readlines())
    s.seek(0)
    print('  iter ', list(s))
s = io.StringIO('x\r\ny', newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO()
print(s.newlines)
s = io.StringIO('one\rtwo', newline='')
print(s.readline(), repr(s.readline()), repr(s.readline()))
s = io.StringIO(newline='')
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO('ab\r\ncd', newline='')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
