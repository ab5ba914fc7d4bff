# float: ZeroDivisionError messages for float operators and functions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1.0 / 0)
t(lambda: 1.0 / 0.0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0)
t(lambda: 1 % 0.0)
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: 0.0 ** -1)
t(lambda: 0.0 ** -2.5)
t(lambda: (-0.0) ** -1)
t(lambda: pow(0.0, -1))
t(lambda: 0.0 / 0.0)
t(lambda: float('inf') / 0)
t(lambda: float('nan') / 0)
t(lambda: 5.0 / -0.0)
x = 3.0
try:
    x /= 0
except ZeroDivisionError as e:
    print('in-place:', e)
try:
    x %= 0
except ZeroDivisionError as e:
    print('in-place:', e)
