# Stacked decorators apply bottom-up and run top-down.
def deco(name):
    def d(fn):
        print('apply', name)
        def w(*a):
            print('enter', name)
            r = fn(*a)
            print('exit', name)
            return r
        return w
    return d
@deco('outer')
@deco('middle')
@deco('inner')
def f(x):
    print('body', x)
    return x * 2
print(f(21))
