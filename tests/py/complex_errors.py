# complex: division by zero, unsupported ordering, //, %, int/float conversion errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1+1j) / 0)
t(lambda: 1j / 0j)
t(lambda: 1 / 0j)
t(lambda: 0j ** -1)
t(lambda: 0j ** 0)
t(lambda: (1+1j) // 2)
t(lambda: (1+1j) % 2)
t(lambda: divmod(1j, 1))
t(lambda: 1j < 2j)
t(lambda: 1j > 0)
t(lambda: int(1j))
t(lambda: float(1+0j))
t(lambda: round(1j))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: pow(1j, 2, 3))
L = [1, 2]
t(lambda: L[1j])
t(lambda: complex(1j, 1j))
t(lambda: sorted([1j, 2j]))
