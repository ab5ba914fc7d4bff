# exctype: str() and repr() of exceptions with 0, 1, 2 args; args attribute types
for cls in (Exception, ValueError, RuntimeError, BaseException, Warning):
    for args in ((), ('msg',), ('a', 2), (None,), (1,), ('',), (['x'],)):
        e = cls(*args)
        print(cls.__name__, args, '| str:', repr(str(e)), '| repr:', repr(e), '| args:', e.args)
e = Exception('x')
print(type(e.args).__name__, e.args == ('x',))
print(str(ValueError("it's")), repr(ValueError("it's")), repr(ValueError('say "hi"')), repr(TypeError('é\n')))
