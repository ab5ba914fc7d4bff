# Docstrings: functions, classes, modules; only the first string literal statement counts.
"""Module docstring."""
def f():
    """Function doc."""
def g():
    x = 1
    """not a docstring"""
def h():
    f"""f-string is not a docstring"""
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(__doc__)
print(f.__doc__, g.__doc__, h.__doc__)
print(C.__doc__, C.m.__doc__, C().m.__doc__)
class D: pass
print(D.__doc__)
def multi():
    """
    Indented
    docstring.
    """
print(repr(multi.__doc__))
