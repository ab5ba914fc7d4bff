# errmsg: ** unpacking errors: non-mapping, non-string keys, duplicate keywords in calls
def f(**kw):
    return kw
def g(a, b):
    return a, b
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: f(**{'a': 1}))
t(lambda: f(**{1: 'x'}))
t(lambda: f(**[('a', 1)]))
t(lambda: f(**None))
t(lambda: f(a=1, **{'a': 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: g(1, **{'a': 2}))
t(lambda: g(**{'a': 1, 'b': 2, 'c': 3}))
t(lambda: dict(**{'x': 1}, y=2))
t(lambda: dict(**{1: 2}))
t(lambda: {**{'a': 1}, **{1: 2}})
t(lambda: {**[1]})
t(lambda: print(*[1], **{'sep': '-', 'end': '!\n'}))
t(lambda: len(*[[1, 2]]))
t(lambda: len(*5))
