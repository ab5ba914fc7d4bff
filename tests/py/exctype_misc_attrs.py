# exctype: SystemExit.code, ImportError name/path/msg, KeyboardInterrupt/GeneratorExit are not Exceptions
print(SystemExit().code, SystemExit(3).code, SystemExit('msg').code, SystemExit(1, 2).code)
ie = ImportError('cannot import', name='mod', path='/x/mod.py')
print(str(ie), ie.name, ie.path, ie.msg, ie.args)
print(ImportError().name, ImportError('m').msg)
try:
    ImportError('m', bogus=1)
except TypeError as e:
    print('TypeError', e)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not reached')
except BaseException as b:
    print('caught as BaseException:', repr(b))
print(repr(MemoryError()), repr(RecursionError('deep')), repr(NotImplementedError('todo')))
print(repr(AssertionError()), str(AssertionError('a')), repr(EOFError('eof')))
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
