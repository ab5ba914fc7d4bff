# builtin_delattr_setattr: setattr/getattr/delattr/hasattr on instances, classes and builtins, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    cls_attr = 'c'
o = C()
setattr(o, 'x', 1)
setattr(o, 'with space', 2)
print(o.x, getattr(o, 'with space'), hasattr(o, 'x'), vars(o))
delattr(o, 'x')
t(lambda: o.x)
t(lambda: delattr(o, 'x'))
t(lambda: delattr(o, 'cls_attr'))
setattr(C, 'added', 'to class')
print(o.added, C.added)
delattr(C, 'added')
t(lambda: o.added)
t(lambda: setattr(o, 5, 1))
t(lambda: getattr(o, 5))
t(lambda: delattr(o, None))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr([], 'append', 2))
t(lambda: delattr(len, '__name__'))
t(lambda: setattr(object(), 'a', 1))
t(lambda: setattr(o))
t(lambda: hasattr(o))
