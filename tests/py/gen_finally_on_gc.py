# A suspended generator's finally clause runs when the generator is deleted.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally on destruction')
x = g()
next(x)
print('deleting')
del x
print('after del')
def h():
    try:
        yield 'h'
    finally:
        print('h cleanup')
for v in h():
    print(v)
    break
print('after break')
