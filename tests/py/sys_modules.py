# sys: sys.modules holds 'sys', 'builtins' and '__main__'; the main module is this script
import sys
print('sys' in sys.modules, 'builtins' in sys.modules, '__main__' in sys.modules)
main = sys.modules['__main__']
print(main.__name__, __name__, main is sys.modules[__name__])
marker = 'I am in main'
print(main.marker, getattr(main, 'missing', 'no attr'))
print(sys.modules['sys'] is sys, type(main).__name__)
print('no_such_module_xyz' in sys.modules, sys.modules.get('no_such_module_xyz'))
import builtins
print(sys.modules['builtins'] is builtins)
