# exctype: assigning args changes str/repr; custom __init__ and __str__; attributes on instances
e = ValueError('original')
e.args = ('replaced', 2)
print(str(e), repr(e), e.args)
e.args = ['list becomes tuple']
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(repr(str(e)), repr(e))
try:
    e.args = 5
except TypeError as err:
    print('TypeError', err)
class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(f'code {code}')
        self.code = code
        self.detail = detail
m = MyError(404, 'not found')
print(str(m), repr(m), m.args, m.code, m.detail)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), n.args, str(n))
class CustomStr(Exception):
    def __str__(self):
        return 'custom str!'
c = CustomStr('ignored')
print(str(c), repr(c), c.args)
e2 = Exception('x')
e2.extra = 'attr'
print(e2.extra, e2.__dict__)
print(Exception.__new__(Exception, 'a', 'b').args)
