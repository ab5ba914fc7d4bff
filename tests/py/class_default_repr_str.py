# Default __str__ falls back to __repr__; __repr__ overrides show in containers.
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
class OnlyStr:
    def __str__(self): return 'just str'
class Both:
    def __repr__(self): return 'R'
    def __str__(self): return 'S'
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object at 0x'))
print(Both(), [Both()], (Both(),), {'k': Both()}, f'{Both()} {Both()!r}')
print(repr(OnlyStr).startswith("<class '__main__.OnlyStr'>"), str(Both))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
