# tuple: literals and reprs (single-element comma), indexing, slicing, concatenation, repetition
print((), (1,), (1, 2), tuple(), tuple('ab'), ((1,),), (None,), ('a',) * 3)
print(repr((1,)), str((1, 'a')), repr(((),)), len(()), len((1, 2, 3)))
t = (1, 2, 3, 4, 5)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], type(t[1:2]).__name__)
print(t + (6,), (0,) * 2, 2 * (7, 8), t * 0, t.count(3), t.index(4), t.index(1, 0, 1))
x = 1, 2
y, z = x
print(x, y, z, (x,), (*x, 3), tuple([*x, *x]))
for bad in [lambda: t[5], lambda: t['a'], lambda: t + [6], lambda: t.index(9), lambda: (1,) * 'a', lambda: t.count()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def assign():
    t[0] = 9
try:
    assign()
except TypeError as e:
    print('TypeError', e)
try:
    t.append(6)
except AttributeError as e:
    print('AttributeError', e)
u = t
u += (6,)
print(t, u, t is u)
