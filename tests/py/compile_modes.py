# compile() modes exec, eval, single; using the code objects with exec/eval.
code = compile('a = 2\nb = a * 3', '<exec>', 'exec')
ns = {}
print(exec(code, ns), ns['b'])
expr = compile('1 + 2 * 3', '<eval>', 'eval')
print(eval(expr))
single = compile('x = 40 + 2', '<single>', 'single')
env = {}
exec(single, env)
print(env['x'])
try:
    compile('x = 1', '<eval>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('1', '<m>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
print(type(code).__name__, code.co_filename, expr.co_filename)
print(eval('  7 * 6'))
try:
    eval('  7 *\n 6')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
