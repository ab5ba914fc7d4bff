# int: true division results are correctly rounded floats, also for big ints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 / 3)
t(lambda: 2 / 3)
t(lambda: -7 / 2)
t(lambda: 10 / 5)
t(lambda: 0 / -3)
t(lambda: 10**30 / 10**10)
t(lambda: (10**400) / (10**399))
t(lambda: 1 / 10**400)
t(lambda: 10**400 / 1)
t(lambda: (2**53 + 1) / 1)
t(lambda: 2**1024 / 2)
t(lambda: 123456789123456789 / 1000)
t(lambda: -(10**310) / 10**300)
t(lambda: 1 / 2**1074)
t(lambda: 1 / 2**1075)
