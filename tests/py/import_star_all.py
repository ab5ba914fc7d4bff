# from package import * honours __all__, including listed private names.
before = set(globals())
from pkg_star import *
print(sorted(set(globals()) - before - {'before'}))
print(public, also_public, _exported_private)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
