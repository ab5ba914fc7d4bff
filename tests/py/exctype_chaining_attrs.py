# exctype: __cause__, __context__, __suppress_context__ defaults and values after raise/raise from
e = Exception('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        raise KeyError('first')
    except KeyError as k:
        raise ValueError('second') from k
except ValueError as v:
    print(repr(v.__context__), repr(v.__cause__), v.__suppress_context__)
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second') from None
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
e.__cause__ = TypeError('set')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print('TypeError', err)
try:
    e.__context__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    raise ValueError('x') from 5
except TypeError as err:
    print('TypeError', err)
