# Without __all__, import * takes every public name, including imported modules; underscore names are skipped.
before = set(globals())
from pkg_star.noall import *
print(sorted(set(globals()) - before - {'before'}))
print(func(), Klass.__name__, sys.__name__)
