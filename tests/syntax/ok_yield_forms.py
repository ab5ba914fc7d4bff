def g():
    x = yield
    y = yield from g()
    z = yield 1, 2
    await_ = 1
