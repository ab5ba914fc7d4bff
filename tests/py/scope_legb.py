# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def reader():
        return x
    return inner(), reader()
print(outer(), x)
def uses_builtin():
    return len('abc')
print(uses_builtin())
len = lambda s: 'shadowed'
print(uses_builtin())
del len
print(uses_builtin())
def g():
    return print.__name__
print(g())
