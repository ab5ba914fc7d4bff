# An exception in __set_name__ propagates out of the class statement (3.11 wraps it in RuntimeError with the original as __cause__).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f'bad name {name}')
try:
    class C:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
