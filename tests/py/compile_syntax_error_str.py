# str() and args of a SyntaxError from compile().
try:
    compile('x = (', 'myfile.py', 'exec')
except SyntaxError as e:
    print(str(e))
    print(e.args[0], e.args[1][:4])
try:
    compile('1 +* 2', 'other.py', 'eval')
except SyntaxError as e:
    print(str(e))
e = SyntaxError('custom message', ('f.py', 3, 5, 'bad line\n', 3, 8))
print(str(e), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(SyntaxError('just msg')), SyntaxError('m').lineno)
