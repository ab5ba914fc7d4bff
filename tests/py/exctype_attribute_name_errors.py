# exctype: AttributeError.name/.obj and NameError.name set by the interpreter, and defaults
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(str(e), '|', e.name, e.obj is c)
try:
    (1).nope
except AttributeError as e:
    print(str(e), '|', e.name, e.obj)
try:
    undefined_variable_xyz
except NameError as e:
    print(str(e), '|', e.name)
def f():
    print(local_before)
    local_before = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, str(e), '|', e.name, isinstance(e, NameError))
e = AttributeError('manual')
print(e.name, e.obj, e.args)
e = AttributeError('m', name='attr', obj=5)
print(e.name, e.obj, str(e))
n = NameError('manual', name='nm')
print(n.name, str(n))
