# exec() and eval() of bad strings raise SyntaxError with '<string>' as the filename.
for fn, src in [(exec, 'def f(\n'), (eval, '1 +'), (exec, 'return 5'), (eval, 'import os'), (exec, 'x =* 2')]:
    try:
        fn(src)
    except SyntaxError as e:
        print(fn.__name__, type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset)
try:
    exec('1/0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
ns = {}
exec('def g():\n    return undefined_in_exec\n', ns)
try:
    ns['g']()
except NameError as e:
    print(type(e).__name__, e)
