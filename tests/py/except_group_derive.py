# Subclasses of ExceptionGroup must override derive() to keep their type through split().
class MyGroup(ExceptionGroup):
    pass
class Derived(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
    def derive(self, excs):
        return Derived(self.message, excs, self.code)
g = MyGroup('plain', [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, type(r).__name__)
d = Derived('custom', [ValueError(1), TypeError(2)], code=7)
m, r = d.split(ValueError)
print(type(m).__name__, m.code, repr(r))
eg = ExceptionGroup('msg', [ValueError(1)])
eg.__notes__ = ['a note']
eg.__cause__ = KeyError('cause')
sub = eg.subgroup(ValueError)
print(sub is eg)
e2 = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
e2.add_note('note kept')
part = e2.subgroup(ValueError)
print(part.__notes__, repr(part))
