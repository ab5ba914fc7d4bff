# WeakValueDictionary and proxy objects: entries vanish with their referents.
import weakref
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Node({self.name})'
cache = weakref.WeakValueDictionary()
a, b = Node('a'), Node('b')
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()))
p = weakref.proxy(b)
print(p.name, repr(p).startswith('<weakproxy'))
del b
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)
print(len(cache))
