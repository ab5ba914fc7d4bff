# Free variable referenced before assignment in the enclosing scope (NameError message).
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    print(inner())
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer()
