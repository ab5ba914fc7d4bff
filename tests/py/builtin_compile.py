# builtin_compile: compile() in exec/eval/single modes, code object attributes, and errors
code = compile('x = 6 * 7', '<demo>', 'exec')
ns = {}
exec(code, ns)
print(ns['x'], type(code).__name__, code.co_filename, code.co_name)
e = compile('a + b', '<expr>', 'eval')
print(eval(e, {'a': 2, 'b': 3}), e.co_filename)
s = compile('1 + 1', '<single>', 'single')
print(type(s).__name__)
print(eval(compile('[i * i for i in range(4)]', 'f', 'eval')))
for src, mode in [('x = ', 'exec'), ('x = 1', 'eval'), ('1 +', 'eval'), ('pass', 'bogus'), ('if True:\nx', 'exec')]:
    try:
        compile(src, '<bad>', mode)
        print('compiled', repr(src))
    except SyntaxError as err:
        print('SyntaxError', err.msg, err.filename, err.lineno)
    except Exception as err:
        print(type(err).__name__, err)
c2 = compile(b'y = "bytes source"', '<b>', 'exec')
g = {}
exec(c2, g)
print(g['y'])
try:
    compile(5, '<n>', 'exec')
except TypeError as err:
    print('TypeError', err)
