# import * is only allowed at module level.
try:
    compile('def f():\n    from pkg_star import *\n', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
