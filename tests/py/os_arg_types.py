# os: TypeError messages for bad path arguments (path-only, path-or-fd, listdir's None), PathLike accepted
import os
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['stat', 'lstat', 'listdir', 'chdir', 'mkdir', 'rmdir', 'remove', 'unlink', 'makedirs']:
    t(lambda: getattr(os, name)(1.5))
t(lambda: os.rename(1.5, 'x'))
t(lambda: os.rename('/tmp/coil_surely_missing_src', 2.5))
for name in ['getsize', 'isfile', 'isdir', 'exists', 'getmtime']:
    t(lambda: getattr(os.path, name)(1.5))
t(lambda: os.stat(None))
t(lambda: os.path.exists(None))
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
base = '/tmp/coil_os_types_%d' % os.getpid()
os.mkdir(P(base))
with open(P(base + '/f'), 'w') as f:
    f.write('pathlike')
print(os.listdir(P(base)), os.path.exists(P(base + '/f')), os.stat(P(base + '/f')).st_size)
os.rename(P(base + '/f'), P(base + '/g'))
with open(P(base + '/g')) as f:
    print(f.read(), f.name == base + '/g')
os.remove(P(base + '/g'))
os.rmdir(P(base))
print(os.path.exists(base))
