# os: constants and small helpers (name, sep, linesep, getpid, urandom, fspath, getenv, environ, getcwd)
import os
print(os.name, repr(os.sep), repr(os.linesep), repr(os.pathsep), os.curdir, os.pardir, os.altsep, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(4) != os.urandom(4) or True)
print(os.fspath('str'), os.fspath(b'bytes'))
class PathLike:
    def __fspath__(self):
        return 'from fspath'
print(os.fspath(PathLike()))
class Bad:
    def __fspath__(self):
        return 42
try:
    os.fspath(Bad())
except TypeError as e:
    print('TypeError', e)
print(os.getenv('COIL_SURELY_UNSET_VARIABLE'), os.getenv('COIL_SURELY_UNSET_VARIABLE', 'dflt'))
print('COIL_SURELY_UNSET_VARIABLE' in os.environ, os.environ.get('COIL_SURELY_UNSET_VARIABLE', 0))
os.environ['COIL_TEST_VAR'] = 'v'
print(os.environ['COIL_TEST_VAR'], os.getenv('COIL_TEST_VAR'))
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.isdir(cwd), type(os.getcwdb()).__name__)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
import os.path as osp
print(osp.join('x', 'y'), 'os.path' in __import__('sys').modules)
