# sys: getsizeof/getrefcount existence, flags, path entries, exit function presence, displayhook/excepthook
import sys
print(callable(sys.exit), callable(sys.getrefcount), callable(sys.getsizeof), callable(sys.excepthook))
print(type(sys.flags).__name__, isinstance(sys.flags.optimize, int))
print(sys.getrefcount(object()) >= 1, sys.getsizeof(0) > 0)
print(isinstance(sys.platform, str), isinstance(sys.executable, str), isinstance(sys.prefix, str))
print(sys.stdout.encoding.lower().replace('-', ''), sys.dont_write_bytecode in (True, False))
try:
    sys.exit_typo
except AttributeError as e:
    print('AttributeError', e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit caught', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit caught', e.code)
