# __class_getitem__ enables Class[...] subscription; implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
class Sub(Box): pass
print(Sub[str])
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], type(list[int]).__name__)
class Meta(type):
    def __getitem__(cls, item): return 'metaclass __getitem__ wins'
class Both(metaclass=Meta):
    def __class_getitem__(cls, item): return 'class_getitem'
print(Both[0])
