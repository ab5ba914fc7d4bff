# locals() and globals() contents in functions and modules.
g_var = 1
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
def h():
    x = 1
    def inner():
        return sorted(locals())
    y = x
    return inner()
print(h())
def k():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(k())
print('g_var' in globals(), globals()['g_var'], '__name__' in globals())
print(globals()['__name__'])
