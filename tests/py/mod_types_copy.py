# types (SimpleNamespace, type names, new_class, MappingProxyType) and copy (copy/deepcopy, memo, hooks)
import types
import copy

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType),
      types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__,
      types.NoneType, types.GeneratorType.__name__)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))
mod = types.ModuleType('mymod', 'doc')
mod.x = 1
print(mod.__name__, mod.__doc__, mod.x)
N = types.new_class('N', (C,), {}, lambda ns: ns.update(y=2))
print(N.__name__, N.y, N.__bases__)
Meta = type('Meta', (type,), {})
M = types.new_class('M', (), {'metaclass': Meta})
print(type(M).__name__)
print(types.prepare_class('P', (), {})[0])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
p = Point([1, 2], {'a': [3]})
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, s.x is p.x, d.x is p.x, d.y['a'] is p.y['a'], d == p)
lst = [[1, 2], [3]]
print(copy.copy(lst)[0] is lst[0], copy.deepcopy(lst)[0] is lst[0], copy.deepcopy(lst) == lst)
r = [1]; r.append(r)
dr = copy.deepcopy(r)
print(dr[1] is dr, dr is not r)
t = (1, 'a', None)
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(([],))[0] is not None)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)

class Hooked:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))
h = Hooked([1])
print(copy.copy(h).v is h.v, copy.deepcopy(h).v is h.v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, 'b'))

class L(list):
    pass
cl = L([1, [2]]); cl.tag = 't'
c2 = copy.deepcopy(cl)
print(type(c2).__name__, c2, c2.tag, c2[1] is cl[1])
class D(dict):
    pass
print(type(copy.copy(D(a=1))).__name__, copy.copy(D(a=1)))
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(5), copy.copy('s'))
e = copy.copy(ValueError('bad'))
print(type(e).__name__, e)
print(copy.deepcopy(f) is f, copy.deepcopy(Point) is Point)
class MyInt(int):
    pass
print(copy.copy(MyInt(7)), type(copy.deepcopy(MyInt(7))).__name__)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])
try:
    copy.deepcopy(g())
except TypeError as e:
    print('TypeError', e)
