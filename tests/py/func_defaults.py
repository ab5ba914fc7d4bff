# Default argument values are evaluated once at definition time.
def make_default():
    print('default evaluated')
    return 10
def f(a, b=make_default()):
    return a + b
print(f(1), f(1, 2))
def append(v, lst=[]):
    lst.append(v)
    return lst
print(append(1), append(2), append(3, []))
print(append.__defaults__)
def safe(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst
print(safe(1), safe(2))
x = 5
def g(v=x):
    return v
x = 6
print(g())
