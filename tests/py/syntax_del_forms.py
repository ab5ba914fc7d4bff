# del of names, attributes, items, slices, and tuples of targets.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.a = 1; o.b = 2
del o.a
print(sorted(vars(o)))
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
p, q = 1, 2
del (p, q)
print('p' in dir(), 'q' in dir())
a = [1, [2, 3]]
del a[1][0]
print(a)
