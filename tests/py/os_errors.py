# os: OSError subclasses, errno/strerror/filename/filename2 and messages from file system calls
import os
base = '/tmp/coil_os_err_%d' % os.getpid()
os.mkdir(base)
with open(base + '/file', 'w') as f:
    f.write('x')
def t(fn):
    try:
        print(repr(fn()))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, 'BASE'),
              e.filename is not None, e.filename2 is not None)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: os.remove(base + '/missing'))
t(lambda: os.remove(base))
t(lambda: os.rmdir(base))
t(lambda: os.rmdir(base + '/file'))
t(lambda: os.mkdir(base))
t(lambda: os.makedirs(base))
t(lambda: os.makedirs(base + '/file/sub'))
t(lambda: os.rename(base + '/missing', base + '/other'))
t(lambda: os.listdir(base + '/missing'))
t(lambda: os.listdir(base + '/file'))
t(lambda: os.stat(base + '/missing'))
t(lambda: os.chdir(base + '/missing'))
t(lambda: os.path.getsize(base + '/missing'))
t(lambda: os.remove(5))
t(lambda: os.remove(None))
t(lambda: os.stat('a\0b'))
t(lambda: os.fspath(5))
t(lambda: os.urandom(-1))
t(lambda: os.getenv(5))
t(lambda: open(base + '/file/x'))
print(os.path.exists('a\0b'), os.path.isfile(None) if False else 'skip')
os.remove(base + '/file')
os.rmdir(base)
e = FileNotFoundError(2, 'No such file or directory', 'f')
print(e, OSError(2, 'x') .__class__.__name__, OSError(17, 'y', 'z').__class__.__name__)
print(os.strerror(2), os.strerror(13), os.error is OSError)
