# Exceptions raised while handling another get __context__ set automatically.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise ValueError('from finally')
except ValueError as e:
    print(repr(e.__context__))
def chain():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise IndexError('i')
        except IndexError:
            raise NameError('n')
try:
    chain()
except NameError as e:
    c = e
    names = []
    while c:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
