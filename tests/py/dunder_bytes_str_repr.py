# __str__, __repr__ and __bytes__ results must be of the right type.
class S:
    def __str__(self): return 'ok-str'
    def __bytes__(self): return b'ok-bytes'
print(str(S()), bytes(S()))
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self): return 'text'
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str): pass
class ReturnsSub:
    def __str__(self): return StrSub('subclass ok')
print(str(ReturnsSub()), type(str(ReturnsSub())).__name__)
