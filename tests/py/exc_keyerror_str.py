# KeyError str uses repr of the key; other lookups' messages.
d = {'a': 1}
for key in ['missing', 5, (1, 2), '', None]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ()[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    'abc'[10]
except IndexError as e:
    print(type(e).__name__, e)
