# int_big: negative exponents and true division with huge ints convert to float or overflow
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 2 ** -1074)
t(lambda: 2 ** -1075)
t(lambda: 2 ** -1100)
t(lambda: (10 ** 400) ** -1)
t(lambda: (10 ** 300) ** -1)
t(lambda: 10 ** 300 * 1.0)
t(lambda: 10 ** 400 * 1.0)
t(lambda: 10 ** 400 + 0.5)
t(lambda: 10 ** 400 > 1e308)
t(lambda: (2 ** 1023) / 2 ** -1)
t(lambda: float(-(10 ** 308)))
t(lambda: float(10 ** 309))
t(lambda: (10 ** 400) // 1e300)
t(lambda: divmod(10 ** 20, 1.5))
