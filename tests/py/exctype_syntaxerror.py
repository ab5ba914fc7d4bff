# exctype: SyntaxError attributes (msg, filename, lineno, offset, text, end_lineno, end_offset) and str
def show(e):
    print(type(e).__name__, '|', str(e), '|', e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile('x = (1,\n  2', '<src>', 'exec')
except SyntaxError as e:
    show(e)
try:
    compile('a b', 'file.py', 'exec')
except SyntaxError as e:
    show(e)
try:
    compile('def f():\nreturn 1', '<src>', 'exec')
except SyntaxError as e:
    show(e)
try:
    compile('if 1:\n\tx = 1\n        y = 2', '<tabs>', 'exec')
except SyntaxError as e:
    show(e)
try:
    eval('1 + * 2')
except SyntaxError as e:
    show(e)
e = SyntaxError('custom message', ('f.py', 3, 4, 'bad line\n', 3, 7))
show(e)
e2 = SyntaxError('only msg')
show(e2)
print(repr(SyntaxError()), repr(SyntaxError('m', ('f', 1, 2, 't', 1, 3))))
