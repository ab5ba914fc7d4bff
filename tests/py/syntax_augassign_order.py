# Augmented assignment on attributes and subscripts: evaluation order shown by prints.
class Box:
    def __init__(self): self._v = 1
    def __getattr__(self, name):
        raise AttributeError(name)
    @property
    def v(self):
        print('get v')
        return self._v
    @v.setter
    def v(self, val):
        print('set v', val)
        self._v = val
def obj():
    print('obj()')
    return box
box = Box()
obj().v += 5
print(box._v)
class L(list):
    def __getitem__(self, i):
        print('getitem', i)
        return super().__getitem__(i)
    def __setitem__(self, i, val):
        print('setitem', i, val)
        super().__setitem__(i, val)
l = L([10, 20])
def idx():
    print('idx()')
    return 1
def rhs():
    print('rhs()')
    return 3
l[idx()] *= rhs()
print(l)
