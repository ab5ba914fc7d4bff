# SyntaxError: expected ':' after a function signature.
def greet(name)
    return 'hi ' + name
