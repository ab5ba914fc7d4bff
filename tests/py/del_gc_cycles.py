# Reference cycles are freed by gc.collect(); __del__ on cycle members runs then.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('collected', self.name)
gc.disable()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle unreachable, not yet collected')
found = gc.collect()
print('gc.collect found something:', found >= 2)
gc.enable()
