# os_path: pure path functions (join, split, splitext, basename, dirname, normpath, isabs, commonprefix, relpath)
import os.path
import posixpath
from os import path as p
print(p is os.path is posixpath, p.sep, p.curdir, p.pardir, p.extsep)
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('/',), ('a', 'b', 'c/', 'd')]:
    print('join', args, repr(p.join(*args)))
print(p.join(b'a', b'b'))
for s in ['/a/b/c.txt', 'c.txt', '/a/b/', '/', '', 'a//b', '//x', 'x/']:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ['a.txt', 'a.tar.gz', '.bashrc', 'dir.d/file', 'a.', '..', '...x', 'a/.b.c']:
    print('splitext', repr(s), p.splitext(s))
for s in ['a/./b/../c', '/../x', '//a//b/', '///a', '', '.', 'a/..', '../a/../..', 'a/b/../../..']:
    print('normpath', repr(s), repr(p.normpath(s)))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), repr(p.commonprefix([])))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'))
print(p.abspath('/x/y/../z'), p.abspath('rel') == p.join(os.getcwd(), 'rel'))
print(p.splitext(b'x.py'), p.basename(b'/a/b'))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: p.join('a', 5))
t(lambda: p.join('a', b'b'))
t(lambda: p.basename(5))
class P:
    def __fspath__(self):
        return '/virtual/file.py'
print(p.basename(P()), p.splitext(P()), p.join(P(), 'x'))
