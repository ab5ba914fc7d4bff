# builtin_eval: default globals/locals inside functions and classes, and explicit dict precedence
x = 'global x'
def f():
    x = 'local x'
    y = 'local y'
    return eval('x'), eval('y'), eval('x', {'x': 'explicit'}), eval('x + "!"', globals())
print(f())
class C:
    z = 'class z'
    seen = eval('z')
print(C.seen)
def g():
    v = 1
    return eval('[v + i for i in range(3)]')
try:
    print(g())
except NameError as e:
    print('NameError', e)
def h():
    w = 10
    return eval('lambda q: q + w')(5)
try:
    print(h())
except NameError as e:
    print('NameError', e)
ns = {'a': 1}
print(eval('a', ns, {'a': 2}), eval('__name__', ns) if '__name__' in ns else 'no __name__ in ns', sorted(ns))
