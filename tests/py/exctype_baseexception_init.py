# exctype: BaseException __new__/__init__ interplay: args from new, re-init, keyword rejection, subclass storage
e = Exception.__new__(Exception)
print(repr(e), e.args)
e.__init__('late', 'init')
print(repr(e), e.args)
class Quiet(Exception):
    def __init__(self):
        pass
q = Quiet()
print(repr(q), q.args, str(q))
class Explicit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
x = Explicit(1, b=5)
print(repr(x), x.args, x.b)
try:
    Exception(msg='nope')
except TypeError as err:
    print('TypeError', err)
try:
    ValueError('a', key=1)
except TypeError as err:
    print('TypeError', err)
class KwOk(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
k = KwOk('m', code=3)
print(repr(k), k.code, k.args)
print(repr(BaseException(*range(3))), str(BaseException(*range(3))))
