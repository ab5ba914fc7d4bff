# A from-import cycle fails: the partially initialized module lacks the name (3.11 message).
try:
    import pkg_cycle.x
except ImportError as e:
    print(type(e).__name__, e.msg.split(' (/')[0].split(' (<')[0])
    print('most likely due to a circular import' in str(e))
import sys
print('pkg_cycle.x' in sys.modules, 'pkg_cycle.y' in sys.modules)
