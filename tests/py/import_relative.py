# Relative imports inside a package: from .. import, from . import, from .mod import name.
import pkg_basic.sub.leaf as leaf
print(leaf.describe())
print(leaf.__name__, leaf.__package__)
import sys
print(sorted(m for m in sys.modules if m.startswith('pkg_basic')))
print(leaf.util is sys.modules['pkg_basic.util'])
