# Importing a submodule binds it as an attribute of the parent package; from-import of a submodule.
import sys
import pkg_basic
print(hasattr(pkg_basic, 'sub'))
import pkg_basic.sub.sibling
print(hasattr(pkg_basic, 'sub'), hasattr(pkg_basic.sub, 'sibling'))
from pkg_basic.sub import sibling
print(sibling.NAME, sibling is sys.modules['pkg_basic.sub.sibling'])
print(type(pkg_basic).__name__, type(sys).__name__)
