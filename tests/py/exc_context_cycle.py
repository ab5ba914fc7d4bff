# Re-raising an exception that is already in the context chain does not create a cycle.
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
