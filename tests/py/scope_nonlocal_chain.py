# nonlocal resolves to the nearest enclosing function binding, skipping class scopes.
def a():
    v = 'a'
    def b():
        v = 'b'
        def c():
            nonlocal v
            v = 'set by c'
        c()
        return v
    r = b()
    return v, r
print(a())
def outer():
    x = 0
    class K:
        x = 'class attr'
        def m(self):
            nonlocal x
            x += 1
            return x
    K().m(); K().m()
    return x, K.x
print(outer())
