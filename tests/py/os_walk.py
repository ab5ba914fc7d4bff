# os: walk() top-down with in-place pruning and sorting of dirnames, bottom-up, onerror, bytes paths
import os
base = '/tmp/coil_os_walk_%d' % os.getpid()
for d in ['a/b/c', 'a/skip/deep', 'e']:
    os.makedirs(os.path.join(base, d))
for f in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'a/b/c/three.txt', 'a/skip/deep/x.txt', 'e/four.txt']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)
def rel(p):
    return p.replace(base, 'BASE')
for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    if 'skip' in dirnames:
        dirnames.remove('skip')
    print(rel(dirpath), dirnames, sorted(filenames))
print([rel(d) for d, _, _ in os.walk(base + '/a/b')])
bottom = [(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base, topdown=False)]
print(sorted(bottom))
order = [rel(d) for d, _, _ in os.walk(base, topdown=False)]
print(order.index('BASE/a/b/c') < order.index('BASE/a/b') < order.index('BASE/a') < order.index('BASE'))
print(list(os.walk(base + '/missing')))
errors = []
print(list(os.walk(base + '/missing', onerror=errors.append)), [type(e).__name__ for e in errors])
print(sorted(rel(d.decode()) for d, _, _ in os.walk(base.encode())))
w = os.walk(base)
print(iter(w) is w, rel(next(w)[0]))
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(base))
