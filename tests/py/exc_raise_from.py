# raise ... from sets __cause__ and __suppress_context__.
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    raise RuntimeError('x') from ValueError('explicit cause')
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError('y') from ValueError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError('z') from 42
except TypeError as e:
    print(type(e).__name__, e)
