# inspect basics (getdoc, cleandoc, is* predicates, getmembers), importlib, __future__
from __future__ import annotations, division
import __future__
import importlib
import inspect
import os
import sys


def area(width, height):
    '''Return the area of a rectangle.

    The docstring may span several lines.
    '''
    return width * height


print(inspect.getdoc(area))


def g():
    yield 1


async def c():
    pass


class A:
    """Doc A."""

    def m(self):
        """m doc"""

    def g(self):
        yield


class B(A):
    def m(self):
        pass


print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(area), inspect.isgeneratorfunction(A().g),
      inspect.iscoroutinefunction(c), inspect.iscoroutinefunction(g))
print(inspect.isfunction(area), inspect.isclass(A), inspect.ismethod(A().m), inspect.ismodule(sys),
      inspect.isbuiltin(len), inspect.isgenerator(g()), inspect.isroutine(len), inspect.isfunction(len))
print(inspect.getdoc(B), inspect.getdoc(B.m), inspect.getdoc(B().m), inspect.getdoc(A.m))
print(repr(inspect.cleandoc("  a\n    b\n   c\n\n")))
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])

m = importlib.import_module("textwrap")
print(m.__name__, importlib.import_module("importlib") is importlib)
d = "/tmp/coil_mod_importlib_%d" % os.getpid()
os.makedirs(d + "/pkg", exist_ok=True)
with open(d + "/greetings_mod.py", "w") as f:
    f.write('print("greetings imported")\nX = 1\n')
with open(d + "/pkg/__init__.py", "w") as f:
    f.write('')
with open(d + "/pkg/sub.py", "w") as f:
    f.write('Y = 2\n')
sys.path.insert(0, d)
import greetings_mod
print(greetings_mod.X)
with open(d + "/greetings_mod.py", "w") as f:
    f.write('print("greetings imported again")\nX = 2\n')
importlib.invalidate_caches()
print(importlib.reload(greetings_mod) is greetings_mod, greetings_mod.X)
print(importlib.import_module(".sub", "pkg").Y, importlib.import_module("pkg.sub").Y)
for name in ("greetings_mod.py", "pkg/sub.py", "pkg/__init__.py"):
    os.remove(d + "/" + name)
os.rmdir(d + "/pkg")
os.rmdir(d)
try:
    importlib.reload(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("nonexistent_mod_xyz")
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["greetings_mod"]
try:
    importlib.reload(greetings_mod)
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(__future__.all_feature_names)
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.CO_FUTURE_DIVISION)
print(7 / 2)
