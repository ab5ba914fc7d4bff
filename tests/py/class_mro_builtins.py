# MROs of classes deriving from builtins, and layout conflicts between builtin bases.
class MyList(list): pass
class MyDict(dict): pass
print([k.__name__ for k in MyList.__mro__], [k.__name__ for k in bool.__mro__])
try:
    class Both(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
class IntStr(int):
    pass
print(IntStr(5) + 1, type(IntStr(5) + 1).__name__, isinstance(IntStr(1), int))
print([k.__name__ for k in type.__mro__], object.__bases__, object.__mro__ == (object,))
