# Functions as values: stored in containers, passed, returned, compared, bound methods.
def square(x): return x * x
def apply(fn, v): return fn(v)
ops = {'sq': square, 'neg': lambda x: -x}
print(apply(ops['sq'], 7), apply(ops['neg'], 7))
print(square == square, square is square, callable(square), callable(5))
class A:
    def m(self): return 'm'
a = A()
bm = a.m
print(bm(), bm.__self__ is a, bm.__func__ is A.m, bm.__name__)
print(a.m == a.m, a.m is a.m, A.m is A.m)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(3))
print(list(map(square, [1, 2, 3])))
