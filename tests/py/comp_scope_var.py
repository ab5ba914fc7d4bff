# Comprehension iteration variables do not leak; outer names are readable.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
print({i for i in range(2)}, 'i' in dir())
g = (z for z in range(2))
print('z' in dir())
print(list(g))
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
