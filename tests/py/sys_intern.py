# sys: intern() returns the canonical string object; errors for non-str
import sys
a = ''.join(['inte', 'rned!'])
b = ''.join(['inter', 'ned!'])
print(a == b, sys.intern(a) is sys.intern(b), sys.intern(a) == 'interned!')
s = sys.intern('abc')
print(s is sys.intern('abc'), type(s).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', e)
class S(str):
    pass
try:
    sys.intern(S('sub'))
except TypeError as e:
    print('TypeError', e)
