# builtin_ascii_repr: repr() and ascii() of builtin objects and user objects, __repr__ errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for v in [1, -2.5, 'é\n', b'\x00', None, True, [1, 'a'], (1,), {'k': 'ü'}, {1}, frozenset(), range(3), slice(1), 1j, ..., len, int, type]:
    print(repr(v), ascii(v))
class Good:
    def __repr__(self):
        return 'Good<ü>'
class Bad:
    def __repr__(self):
        return 5
class Raises:
    def __repr__(self):
        raise ValueError('no repr for you')
t(lambda: repr(Good()))
t(lambda: ascii(Good()))
t(lambda: repr(Bad()))
t(lambda: repr([Bad()]))
t(lambda: repr(Raises()))
t(lambda: str(Good()))
t(lambda: repr())
