# builtin_bool: bool() on every builtin type's empty and non-empty values, and user truthiness hooks
vals = [0, 1, -1, 0.0, 1e-300, 0j, 1j, '', 'a', b'', b'\x00', [], [[]], (), ((),), {}, {0: 0}, set(), {0}, frozenset(),
        range(0), range(1), None, ..., bytearray(), memoryview(b''), float('nan')]
print([bool(v) for v in vals])
class T:
    def __bool__(self):
        print('  __bool__ called')
        return False
class L:
    def __len__(self):
        print('  __len__ called')
        return 3
class Empty:
    pass
print(bool(T()), bool(L()), bool(Empty()))
print(not T(), 'yes' if L() else 'no')
x = T() or 'fallback'
print(x)
y = L() and 'second'
print(y)
print(bool('False'), bool('0'), bool(' '), type(bool(1)).__name__, bool(bool))
