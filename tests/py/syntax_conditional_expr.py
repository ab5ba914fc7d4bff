# Conditional expressions: evaluation laziness, nesting and precedence.
def v(x):
    print('eval', x)
    return x
print(v('a') if v(True) else v('b'))
print(v('a') if v(0) else v('b'))
x = 5
s = 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print(s)
print(1 + 2 if False else 3 + 4)
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(3)])
print((1 if True else 2) * 10, 1 if True else 2 * 10)
