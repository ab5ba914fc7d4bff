# global and nonlocal declarations in functions and nested functions.
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 10
    bump(); bump()
    return n
print(outer())
def make_global():
    global created
    created = 'made'
make_global()
print(created)
def deep():
    x = 'deep'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
    mid()
    return x
print(deep())
