# type(bound method)(callable, instance): binding any callable, and the constructor's errors
class A:
    def m(self):
        pass
MethodType = type(A().m)

class Callable:
    def __call__(self, *args):
        return args
a = A()
m = MethodType(Callable(), a)
print(m(1) == (a, 1), m.__self__ is a, type(m.__func__).__name__)
bm = MethodType(len, 'abc')
print(bm())
for args in [(), (1, 2), (len, None), (len, 1, 2)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    MethodType(len, 1, x=1)
except TypeError as e:
    print(type(e).__name__, e)
