# Class body scope: names visible at class-definition time, not from methods.
x = 'global x'
class A:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    def method2(self):
        return self.x
print(A.y, A().method(), A().method2())
def f():
    v = 'function local'
    class B:
        w = v
        def m(self):
            return v
    return B
B = f()
print(B.w, B().m())
def g():
    y = 'enclosing'
    class C:
        try:
            print('in class, y =', y)
        except NameError as e:
            print('class body:', type(e).__name__, e)
        y = 'class-level'
        print('after assign, y =', y)
    return C.y, y
print(g())
