# exctype: __traceback__ set on raise, with_traceback returns self, tb attributes
def fail():
    raise ValueError('in fail')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    saved = e
e = RuntimeError('fresh')
print(e.__traceback__)
r = e.with_traceback(saved.__traceback__)
print(r is e, e.__traceback__ is saved.__traceback__)
e.with_traceback(None)
print(e.__traceback__)
try:
    e.with_traceback(5)
except TypeError as err:
    print('TypeError', err)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        raise k.with_traceback(None)
except KeyError as k2:
    print(k2.__traceback__.tb_lineno, k2.__traceback__.tb_next)
