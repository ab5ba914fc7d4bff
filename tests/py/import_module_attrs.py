# Module objects: __name__, __doc__, __dict__, dir(), attribute setting and deletion.
import pkg_basic.util as util
print(util.__name__, util.__doc__, util.__package__)
print('helper' in dir(util), 'helper' in util.__dict__, util.__dict__ is vars(util))
util.new_attr = 'set from outside'
print(util.new_attr)
del util.new_attr
try:
    util.new_attr
except AttributeError as e:
    print(type(e).__name__, e)
import sys
this = sys.modules[__name__]
print(this.__name__, this.util is util)
print(sys.__name__, sys.modules['sys'] is sys)
