# builtin_callable: callable() on functions, classes, instances with/without __call__, builtins
class C:
    pass
class WithCall:
    def __call__(self):
        return 'called'
def f():
    pass
print(callable(f), callable(lambda: 0), callable(C), callable(C()), callable(WithCall()), callable(WithCall))
print(callable(len), callable(print), callable(int), callable(1), callable('s'), callable(None), callable(str.upper), callable(''.upper))
print(callable(type), callable(object()), callable([].append), callable(iter([])), callable(range))
w = WithCall()
print(w())
c = C()
c.__call__ = lambda: 'instance attr'
print(callable(c))
try:
    c()
except TypeError as e:
    print('TypeError', e)
try:
    callable()
except TypeError as e:
    print('TypeError', e)
