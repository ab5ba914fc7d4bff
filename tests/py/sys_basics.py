# sys: argv[0], version_info, maxsize, byteorder-free facts, platform-independent attributes
import sys
print(sys.argv[0].endswith('.py'), len(sys.argv), type(sys.argv).__name__)
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, sys.version_info[0] == sys.version_info.major, len(sys.version_info))
print(sys.version.startswith('3.11'), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 == 2 ** 63, type(sys.maxsize).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.implementation.name in ('cpython', 'coil'), type(sys.modules).__name__)
print(sys.maxunicode == 0x10FFFF, sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width in (32, 64))
print(sys.getdefaultencoding(), sys.byteorder in ('little', 'big'))
