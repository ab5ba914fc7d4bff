# Exception groups aside, chained contexts survive function boundaries and generators.
def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError('from gen')
g = gen()
next(g)
try:
    g.throw(ValueError('thrown in'))
except KeyError as e:
    print(repr(e), repr(e.__context__))
def helper():
    raise IndexError('helper')
try:
    try:
        helper()
    except IndexError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__.__traceback__.tb_next.tb_frame.f_code.co_name)
