# dict: | and |= merge operators (right side wins), with dict views and non-dict operands
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
print(c)
c |= {'x': -1}.items()
print(c)
for bad in [lambda: a | [('k', 1)], lambda: a | 1, lambda: [('k', 1)] | a]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    c |= 5
except TypeError as e:
    print('TypeError', e)
try:
    c |= [1]
except TypeError as e:
    print('TypeError', e)
print({**a, 'extra': True}, {**{}, **b}, dict(a, **b))
