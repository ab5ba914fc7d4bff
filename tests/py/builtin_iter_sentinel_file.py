# builtin_iter: iter(callable, sentinel) over file.readline and a counter; stops exactly at the sentinel
import sys
path = '/tmp/coil_test_iter_sentinel_%d.txt' % sys.version_info[1]
with open(path, 'w') as f:
    f.write('alpha\nbeta\n\ngamma\n')
with open(path) as f:
    print(list(iter(f.readline, '')))
with open(path) as f:
    print(list(iter(f.readline, '\n')))
with open(path, 'rb') as f:
    print([chunk for chunk in iter(lambda: f.read(5), b'')])
n = 0
def step():
    global n
    n += 2
    return n
it = iter(step, 7)
print([next(it) for _ in range(5)])
it2 = iter(step, 12)
print(list(it2), list(it2))
