# Custom exception classes: args, str, repr, extra attributes, __str__ override.
class MyError(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
for e in [MyError(), MyError('one'), MyError('a', 2), WithInit(404, 'not found'), WithStr('ignored'), NoSuper(5)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise WithInit(500, 'server')
except WithInit as e:
    print(e.code, e)
print(issubclass(MyError, Exception), isinstance(MyError(), BaseException))
