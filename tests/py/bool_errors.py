# bool: bool cannot be subclassed or given a bool-less result; __bool__/__len__ rules and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 100
class FloatLen:
    def __len__(self):
        return 1.0
class LenOnly:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
t(lambda: bool(BadBool()))
t(lambda: bool(BadLen()))
t(lambda: bool(BigLen()))
t(lambda: bool(FloatLen()))
t(lambda: bool(LenOnly()))
t(lambda: bool(Both()))
t(lambda: not LenOnly())
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: True.__bool__())
t(lambda: bool.__new__(bool, 5))
t(lambda: 1 if BadBool() else 2)
