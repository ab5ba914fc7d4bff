# ModuleNotFoundError and ImportError messages and attributes.
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_basic.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_star.noall.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg_star import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.msg.split(' (')[0])
try:
    from nope2 import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
