# throw() with a class, with class and value, and with a traceback argument omitted.
def g():
    try:
        yield 1
    except Exception as e:
        print('got', type(e).__name__, e.args)
        yield 2
x = g(); next(x)
print(x.throw(ValueError))
x.close()
x = g(); next(x)
print(x.throw(ValueError('inst')))
x.close()
x = g(); next(x)
try:
    x.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
x.close()
