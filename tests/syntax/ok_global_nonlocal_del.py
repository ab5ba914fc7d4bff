def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        del x, y
