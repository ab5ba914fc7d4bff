# Uncaught exceptions with no message print only the class name.
def f():
    raise NotImplementedError
f()
