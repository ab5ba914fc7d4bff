# raise ... from None suppresses the context display but keeps __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('manual')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print(type(err).__name__, err)
