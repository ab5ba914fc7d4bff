# list: iterating while mutating (append/remove) follows index semantics; reversed and iterators
L = [1, 2, 3, 4]
for x in L:
    if x == 2:
        L.remove(x)
    print(x, end=' ')
print(L)
M = [1, 2]
for x in M:
    if len(M) < 5:
        M.append(x * 10)
print(M)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
N = [1, 2, 3]
r = reversed(N)
N.append(4)
print(list(r))
ri = reversed([1, 2, 3])
print(next(ri), list(ri))
P = [1, 2, 3]
it2 = iter(P)
next(it2)
P.clear()
print(list(it2))
print(list(enumerate(['a', 'b'], 1)), [i for i in reversed(range(3))])
