# __traceback__ objects: tb_lineno, tb_next, tb_frame.f_code.co_name, with_traceback.
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
e = ValueError('no tb')
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
