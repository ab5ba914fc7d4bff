# inspect.signature: functions, methods, classes, callables; Parameter, bind
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
def g(x: int, y: str = "a", *, z: list = None): pass
def h(*, k): pass
def p(a, /): pass
class T:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        pass
    def m(self, x, y=1): pass
    def __call__(self, q): pass
class U(T): pass
class V: pass
for o in (f, g, h, p, T, T().m, U, V, T(), lambda x, *a: 0):
    s = inspect.signature(o)
    print(s, list(s.parameters), repr(s))
s = inspect.signature(f)
for prm in s.parameters.values():
    print(prm.name, prm.kind, prm.default is inspect.Parameter.empty, repr(prm), prm.kind.description)
print(s.return_annotation, inspect.signature(h).return_annotation is inspect.Signature.empty)
b = inspect.signature(g).bind(1, y="q")
print(b, b.args, b.kwargs)
b.apply_defaults(); print(b)
try:
    inspect.signature(g).bind()
except TypeError as e:
    print(e)
try:
    inspect.signature(1)
except TypeError as e:
    print(e)
