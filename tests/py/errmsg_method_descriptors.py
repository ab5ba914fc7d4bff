# errmsg: calling unbound builtin methods with the wrong self type or no self
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: list.append((), 1))
t(lambda: dict.get([], 1))
t(lambda: int.bit_length('x'))
t(lambda: float.hex(1))
t(lambda: set.add(frozenset(), 1))
t(lambda: bytes.decode('str'))
t(lambda: str.join(['a'], 'b'))
t(lambda: list.__len__({}))
t(lambda: str.__add__(1, 'a'))
t(lambda: str.upper('ok'))
t(lambda: list.append([], 1))
t(lambda: int.__add__(1, 2))
t(lambda: float.is_integer(2.0))
