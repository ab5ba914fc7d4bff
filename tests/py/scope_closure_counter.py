# Closures keeping state via nonlocal; independent closures have separate cells.
def counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc1, get1 = counter(0)
inc2, get2 = counter(100)
inc1(); inc1(5)
inc2()
print(get1(), get2())
print(inc1.__closure__ is not None, len(inc1.__closure__))
print([c.cell_contents for c in get1.__closure__])
print(inc1.__code__.co_freevars, counter.__code__.co_cellvars)
