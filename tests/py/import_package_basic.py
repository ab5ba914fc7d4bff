# Importing a package and a submodule: __init__ runs first, once; names and attributes.
import pkg_basic
print(pkg_basic.VERSION, pkg_basic.__name__, pkg_basic.__doc__)
import pkg_basic.util
print(pkg_basic.util.helper(4), pkg_basic.util.__name__, pkg_basic.util.__package__)
from pkg_basic.util import helper as h, calls
print(h(5), calls)
import pkg_basic.util as u
print(u is pkg_basic.util, u.__doc__)
print(pkg_basic.__file__.endswith('__init__.py'), u.__file__.endswith('util.py'))
print(hasattr(pkg_basic, '__path__'), hasattr(u, '__path__'))
