# import * with a name in __all__ that does not exist raises AttributeError.
try:
    from pkg_star.badall import *
except AttributeError as e:
    print(type(e).__name__, e)
print('exists' in globals())
