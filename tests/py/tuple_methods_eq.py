# tuple: count/index use == (1 == 1.0 == True), with start/stop, and errors
t = (1, 1.0, True, 'a', None, (1,), [1], 0, False)
print(t.count(1), t.count(True), t.count(0), t.count(None), t.count((1,)), t.count([1]), t.count('b'))
print(t.index(1.0), t.index(True), t.index(False), t.index('a', 1), t.index(None, 2, 5), t.index([1]))
for args in [(2,), ('a', 4), (1, 3, 5), (None, 0, 4)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print('ValueError', e)
print(t.index(1, -9), t.index(0, -2), len(t), t[5][0], t[6].__class__.__name__)
