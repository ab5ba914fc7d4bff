# builtin_id: id() identity facts only (equal ids for same object, distinct for live distinct objects)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__)
print(id(None) == id(None), id(True) == id(True), id(a) == id(a[:]) , id(len) == id(len))
x = object()
y = object()
print(id(x) != id(y), id(x) == id(x))
s = 'interned'
print(id(s) == id(s), id(...) == id(Ellipsis))
def f():
    return a
print(id(f()) == id(a))
try:
    id()
except TypeError as e:
    print('TypeError', e)
