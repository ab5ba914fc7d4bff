# list: + * += *= with lists and iterables, comparisons, membership and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1, 2] + [3])
t(lambda: [1] + (2,))
t(lambda: [1] + 'ab')
t(lambda: [0] * 3)
t(lambda: 3 * [0, 1])
t(lambda: [1] * 0)
t(lambda: [1] * -1)
t(lambda: [1] * 1.5)
L = [1]
L += (2, 3); print(L)
L += 'ab'; print(L)
L += range(2); print(L)
L += {'k': 'v'}; print(L)
L *= 2; print(len(L))
def bad():
    M = [1]
    M += 5
t(bad)
t(lambda: [1, 2] < [1, 3])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [2] > [1, 9, 9])
t(lambda: [] < [0])
t(lambda: [1, 2] == [1, 2.0])
t(lambda: [1, 2] == (1, 2))
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1, 'a'] == [1, 2])
t(lambda: [1] < (1,))
t(lambda: 2 in [1, 2])
t(lambda: [2] in [[2]])
nested = [[0] * 2] * 2
nested[0][0] = 'shared'
print(nested)
