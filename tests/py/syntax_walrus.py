# Assignment expressions (walrus) in if/while/comprehensions and their scoping.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print('long', n)
it = iter(data)
while (v := next(it, None)) is not None:
    print('v', v)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
print([last := i for i in range(3)], last)
def f():
    [(inner := k) for k in 'abc']
    return inner
print(f())
print((a := 1, b := 2), a, b)
total = 0
print([total := total + i for i in range(5)], total)
