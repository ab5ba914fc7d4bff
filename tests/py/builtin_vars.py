# builtin_vars: vars() of instances, classes (mappingproxy), modules, no-arg vars(), and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 'two'
o = C()
t(lambda: vars(o))
vars(o)['c'] = 3
t(lambda: o.c)
t(lambda: type(vars(C)).__name__)
t(lambda: vars(C)['cls_attr'])
t(lambda: 'cls_attr' in vars(C) and 'a' not in vars(C))
def f():
    local_x = 5
    return vars()
t(lambda: f())
import sys
t(lambda: vars(sys) is sys.__dict__)
t(lambda: vars(1))
t(lambda: vars('s'))
class Slotted:
    __slots__ = ('x',)
t(lambda: vars(Slotted()))
t(lambda: vars(o, o))
t(lambda: vars(C)['cls_attr'].__class__.__name__)
def mutate():
    vars(C)['new'] = 1
t(mutate)
