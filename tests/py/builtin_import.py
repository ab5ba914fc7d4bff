# builtin_import: __import__('sys') returns the cached module; errors for missing modules
import sys
m = __import__('sys')
print(m is sys, m.__name__, type(m).__name__)
b = __import__('builtins')
print(b.__name__, b.len is len)
try:
    __import__('no_such_module_coil_xyz')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
try:
    __import__(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(ModuleNotFoundError(), ImportError), 'sys' in sys.modules)
try:
    import no_such_module_coil_abc
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name_xyz
except ImportError as e:
    print(type(e).__name__, e)
