# builtin_repr_recursive: repr of self-referencing containers of every builtin kind and mixed nesting
l = [1]
l.append(l)
d = {'l': l}
d['d'] = d
t = (l, d)
print(repr(l))
print(repr(d))
print(repr(t))
s = [set(), frozenset()]
s.append(s)
print(s)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
root = Node('root')
root.children.append(Node('leaf'))
print(repr(root))
a = []
b = [a]
a.append(b)
print(a, b, str(a))
dd = {}
dd[1] = [dd, (dd,)]
print(dd)
