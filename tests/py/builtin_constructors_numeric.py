# builtin_constructors_numeric: int/float/complex/bool called as constructors with keywords and subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (int(), float(), complex(), bool()))
t(lambda: int('11', base=2))
t(lambda: int(x='5'))
t(lambda: float(x='1.5'))
t(lambda: complex(real=1.5))
t(lambda: int(base=2))
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
m = MyInt('42')
t(lambda: (m, m + 1, type(m + 1).__name__, isinstance(m, int), int(m), type(int(m)).__name__))
class MyFloat(float):
    pass
t(lambda: (MyFloat('2.5'), type(MyFloat(1)).__name__, MyFloat(1) == 1))
t(lambda: (int.__call__('7'), float.__new__(float, '3')))
t(lambda: int('  0b101  ', 0))
t(lambda: [int(v) for v in (True, 3.9, -3.9, '  12  ', b'5', 10 ** 20)])
