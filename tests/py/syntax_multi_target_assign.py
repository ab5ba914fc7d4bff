# Chained assignment a = b = c: targets assigned left to right, same object.
class T:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
t = T()
t.a = t.b = t.c = 5
x = y = []
x.append(1)
print(y, x is y)
d = {}
d['k'] = k2 = d2 = 'v'
print(d, k2, d2)
a, b = c = 1, 2
print(a, b, c)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
