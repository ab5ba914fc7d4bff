# copy: __getstate__/__setstate__, __reduce__, __getnewargs__, cycles, exceptions
import copy
class S:
    def __init__(self): self.a = [1]; self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        print('setstate', sorted(st)); self.__dict__.update(st); self.cache = None
s2 = copy.deepcopy(S()); print(s2.a, s2.cache)
s3 = copy.copy(S()); print(s3.a, s3.cache)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        return (R, (self.v + 1,))
print(copy.copy(R(1)).v, copy.deepcopy(R(1)).v)
class N:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
print(copy.deepcopy(N(3)).x)
class Node:
    def __init__(self): self.children = []; self.parent = None
root = Node(); ch = Node(); ch.parent = root; root.children.append(ch)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is not root)
print(copy.deepcopy({'a': (1, [2])}), copy.deepcopy(object()).__class__.__name__)
import types
print(copy.copy(types.SimpleNamespace(a=1)))
print(copy.copy(range(3)), copy.deepcopy(slice(1,2)), copy.deepcopy(bytearray(b'x')))
class E(Exception):
    def __init__(self, a, b): super().__init__(a, b); self.extra = 1
e = copy.deepcopy(E(1, 2)); print(e.args, e.extra)
