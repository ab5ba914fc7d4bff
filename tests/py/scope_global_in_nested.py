# global declared in a nested function refers to module scope, not enclosing.
x = 'module'
def outer():
    x = 'outer local'
    def inner():
        global x
        x = 'set by inner'
    inner()
    return x
print(outer(), x)
def outer2():
    global y
    y = 1
    def inner():
        return y
    return inner()
print(outer2(), y)
def f():
    global z
    del z
z = 5
f()
print('z' in globals())
