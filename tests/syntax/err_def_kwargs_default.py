def f(**kw={}):
    pass
