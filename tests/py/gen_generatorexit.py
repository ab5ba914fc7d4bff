# GeneratorExit is a BaseException; catching Exception does not catch it.
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def g():
    try:
        yield 1
    except Exception:
        print('should not catch GeneratorExit')
    finally:
        print('finally runs')
x = g()
next(x)
x.close()
def h():
    try:
        yield
    except GeneratorExit as e:
        print('GeneratorExit args', e.args)
        raise ValueError('raised during close')
y = h(); next(y)
try:
    y.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
