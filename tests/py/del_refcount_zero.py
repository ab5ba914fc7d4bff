# __del__ runs as soon as the last reference disappears: del, rebinding, end of function.
class Res:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('destroy', self.name)
a = Res('a')
del a
print('after del a')
b = Res('b1')
b = Res('b2')
print('after rebinding b')
def scope():
    c = Res('c')
    print('leaving scope')
scope()
print('after scope')
d = Res('d')
e = d
del d
print('d deleted, e still holds it')
e = None
print('end of program')
