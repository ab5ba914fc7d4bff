# yield from: delegation, return value of subgenerator, iterating any iterable.
def sub():
    yield 'a'
    yield 'b'
    return 'sub done'
def main():
    r = yield from sub()
    print('sub returned', r)
    yield from [1, 2]
    yield from 'xy'
    yield from range(2)
    return 'main done'
g = main()
print(list(g))
g2 = main()
for v in g2:
    pass
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 'k'})))
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
print(list(nested(4)))
