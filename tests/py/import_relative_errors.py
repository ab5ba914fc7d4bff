# Relative import errors: beyond top-level package, and with no parent package.
try:
    import pkg_err.badrel
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from . import x', {'__name__': 'toplevel', '__package__': ''})
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
