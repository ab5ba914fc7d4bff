# exctype: exceptions compare by identity, are hashable, and re-raising keeps the same object
a = ValueError('same')
b = ValueError('same')
print(a == b, a == a, a != b, hash(a) == hash(a), len({a, b}))
try:
    try:
        raise a
    except ValueError as e:
        raise
except ValueError as e2:
    print(e2 is a)
caught = []
for _ in range(2):
    try:
        raise a
    except ValueError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is a)
def get():
    try:
        raise KeyError('k')
    except KeyError as e:
        return e
x = get()
print(repr(x), x.__traceback__ is not None)
try:
    e_var_check = 1
    try:
        raise TypeError
    except TypeError as e_var_check:
        pass
    print(e_var_check)
except NameError as err:
    print('NameError', err)
