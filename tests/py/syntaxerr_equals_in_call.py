# SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
def f(x):
    return x
f(x.y=1)
