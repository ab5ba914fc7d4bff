# int: division by zero messages for each operator and function
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 0 ** -1)
t(lambda: pow(0, -2))
t(lambda: (10**50) // 0)
t(lambda: (10**50) % 0)
t(lambda: (10**50) / 0)
t(lambda: pow(3, 2, 0))
t(lambda: 5 / False)
t(lambda: (-5).__floordiv__(0))
t(lambda: 0 / 5)
t(lambda: 0 // -5)
t(lambda: -0 % 5)
